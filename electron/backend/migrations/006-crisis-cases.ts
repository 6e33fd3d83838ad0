import type { Migration } from '../database/migration';

/**
 * Crisis cases (docs/crisis-workflow.md). A case is its opening and an append-only log of
 * events; its state is never stored, only derived with the shared state machine, so there is
 * nothing here to update: both tables refuse UPDATE and DELETE, and a mistake is a correction
 * event. Events are numbered 1, 2, 3… per case in recording order, which is the order the
 * machine applies them in; the database refuses a gap or a repeat, so two writers cannot
 * interleave. Bodies are JSON the backend validated and folded before appending.
 */

const day = (column: string) =>
  `${column} TEXT NOT NULL CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;

const appendOnly = (table: string, what: string) => `
    CREATE TRIGGER ${table}_no_update BEFORE UPDATE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} are append-only'); END;
    CREATE TRIGGER ${table}_no_delete BEFORE DELETE ON ${table}
    BEGIN SELECT RAISE(ABORT, '${what} are append-only'); END;`;

export const migration006: Migration = {
  version: 6,
  description: 'crisis cases: openings and their append-only event logs',
  sql: `
    CREATE TABLE crisis_cases (
      id TEXT PRIMARY KEY,
      student_id TEXT NOT NULL REFERENCES students(id),
      -- The opening as the counselor gave it: source, level, stage, when it happened.
      opening TEXT NOT NULL CHECK (json_valid(opening) AND json_type(opening) = 'object'),
      ${day('opened_on')},
      -- A scale result the case was opened from, kept as a real reference beside the JSON.
      source_result_id TEXT REFERENCES scale_results(id),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES counselors(id),
      CHECK (opened_on = json_extract(opening, '$.occurredOn')),
      CHECK (source_result_id IS json_extract(opening, '$.source.resultId'))
    ) STRICT;
    ${appendOnly('crisis_cases', 'crisis case openings')}
    CREATE INDEX crisis_cases_student ON crisis_cases(student_id);

    CREATE TABLE crisis_events (
      case_id TEXT NOT NULL REFERENCES crisis_cases(id),
      seq INTEGER NOT NULL CHECK (seq >= 1),
      id TEXT NOT NULL UNIQUE,
      type TEXT NOT NULL CHECK (type GLOB '[a-z]*' AND length(type) <= 40),
      body TEXT NOT NULL CHECK (json_valid(body) AND json_type(body) = 'object' AND json_extract(body, '$.type') = type),
      recorded_at TEXT NOT NULL,
      recorded_by TEXT NOT NULL REFERENCES counselors(id),
      PRIMARY KEY (case_id, seq)
    ) STRICT;
    ${appendOnly('crisis_events', 'crisis case events')}
    -- Which cases are closed, without reading their logs: a closure is final.
    CREATE INDEX crisis_events_closures ON crisis_events(case_id) WHERE type = 'closure';
    CREATE TRIGGER crisis_events_in_order BEFORE INSERT ON crisis_events
    WHEN NEW.seq <> (SELECT coalesce(max(seq), 0) + 1 FROM crisis_events WHERE case_id = NEW.case_id)
    BEGIN SELECT RAISE(ABORT, 'crisis case events follow each other'); END;
  `,
};
