import type { Migration } from '../database/migration';

/**
 * Scale work. Definitions are content-addressed: a row is the exact text (bands included) a
 * result was scored with, written once and never changed, so every result can always be read
 * against its own definition. Shipped definitions are stored on first use, district ones when
 * their pack is installed. The district key is replaced, never removed; an installed pack keeps
 * the signed file it came in. Results are append-only: a later pack never rescores them. A
 * self-report keeps its answers as they are given until it is finished; a refused consent is a
 * row too, so a test is never silently skipped.
 */

const hash = (column: string) =>
  `${column} TEXT NOT NULL CHECK (length(${column}) = 64 AND ${column} NOT GLOB '*[^0-9a-f]*')`;
const day = (column: string) =>
  `${column} TEXT NOT NULL CHECK (${column} GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`;
const jsonObject = (column: string) =>
  `${column} TEXT NOT NULL CHECK (json_valid(${column}) AND json_type(${column}) = 'object')`;

const refuse = (table: string, event: 'UPDATE' | 'DELETE', why: string, when = '') => `
    CREATE TRIGGER ${table}_no_${event.toLowerCase()} BEFORE ${event} ON ${table} ${when}
    BEGIN SELECT RAISE(ABORT, '${why}'); END;`;
const appendOnly = (table: string, what: string) =>
  refuse(table, 'UPDATE', `${what} are append-only`) + refuse(table, 'DELETE', `${what} are append-only`);

export const migration005: Migration = {
  version: 5,
  description: 'scales: definitions, district key, packs, results, self-reports, screenings',
  sql: `
    CREATE TABLE scale_definitions (
      ${hash('hash')} PRIMARY KEY,
      scale_id TEXT NOT NULL CHECK (length(scale_id) BETWEEN 1 AND 40),
      version TEXT NOT NULL CHECK (length(version) BETWEEN 1 AND 20),
      origin TEXT NOT NULL CHECK (origin IN ('bundled', 'district')),
      -- The definition before the district's band overrides; the row's own hash when it has none.
      ${hash('base_hash')},
      ${jsonObject('definition')},
      created_at TEXT NOT NULL,
      -- Null: shipped with the app.
      created_by TEXT REFERENCES counselors(id)
    ) STRICT;
    ${appendOnly('scale_definitions', 'scale definitions')}

    CREATE TABLE district_keys (
      id TEXT PRIMARY KEY,
      district TEXT NOT NULL CHECK (length(district) BETWEEN 1 AND 100),
      public_key BLOB NOT NULL CHECK (length(public_key) = 32),
      ${hash('fingerprint')},
      installed_at TEXT NOT NULL,
      installed_by TEXT NOT NULL REFERENCES counselors(id),
      replaced_at TEXT,
      replaced_by TEXT REFERENCES counselors(id),
      CHECK ((replaced_at IS NULL) = (replaced_by IS NULL))
    ) STRICT;
    -- One current key; replaced ones stay as the history of what verified which pack.
    CREATE UNIQUE INDEX district_keys_current ON district_keys((1)) WHERE replaced_at IS NULL;
    ${refuse(
      'district_keys',
      'UPDATE',
      'a district key is only ever marked replaced, once',
      `WHEN OLD.replaced_at IS NOT NULL OR NEW.replaced_at IS NULL OR NEW.id IS NOT OLD.id
        OR NEW.district IS NOT OLD.district OR NEW.public_key IS NOT OLD.public_key
        OR NEW.fingerprint IS NOT OLD.fingerprint OR NEW.installed_at IS NOT OLD.installed_at
        OR NEW.installed_by IS NOT OLD.installed_by`,
    )}
    ${refuse('district_keys', 'DELETE', 'district keys are kept')}

    CREATE TABLE scale_packs (
      pack_id TEXT PRIMARY KEY,
      district TEXT NOT NULL CHECK (length(district) BETWEEN 1 AND 100),
      key_id TEXT NOT NULL REFERENCES district_keys(id),
      sequence INTEGER NOT NULL UNIQUE CHECK (sequence >= 1),
      issued_at TEXT NOT NULL,
      note TEXT CHECK (length(note) <= 2000),
      -- The signed file as installed, so what the district sent can always be shown again.
      file BLOB NOT NULL,
      installed_at TEXT NOT NULL,
      installed_by TEXT NOT NULL REFERENCES counselors(id)
    ) STRICT;
    ${appendOnly('scale_packs', 'installed packs')}

    -- What each pack approves: the effective definitions, overrides applied, in the pack's order.
    CREATE TABLE scale_pack_approvals (
      pack_id TEXT NOT NULL REFERENCES scale_packs(pack_id),
      scale_hash TEXT NOT NULL REFERENCES scale_definitions(hash),
      position INTEGER NOT NULL CHECK (position >= 0),
      PRIMARY KEY (pack_id, scale_hash),
      UNIQUE (pack_id, position)
    ) STRICT;
    ${appendOnly('scale_pack_approvals', 'pack approvals')}

    CREATE TABLE screenings (
      id TEXT PRIMARY KEY,
      title TEXT NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
      scale_hash TEXT NOT NULL REFERENCES scale_definitions(hash),
      -- SHA-256 of the file's bytes: the same file is imported once per scale.
      ${hash('file_sha256')},
      flag_concern INTEGER NOT NULL CHECK (flag_concern BETWEEN 1 AND 10),
      ${day('administered_on')},
      -- Counted when committed; the results they count never change.
      screened INTEGER NOT NULL CHECK (screened >= 0),
      flagged INTEGER NOT NULL CHECK (flagged BETWEEN 0 AND screened),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES counselors(id),
      UNIQUE (scale_hash, file_sha256)
    ) STRICT;
    ${appendOnly('screenings', 'screenings')}

    -- Consent is asked first and recorded with the row (created_at is its time). Answers are
    -- written as the student gives them; finishing links the result and freezes the row.
    CREATE TABLE self_reports (
      id TEXT PRIMARY KEY,
      student_id TEXT NOT NULL REFERENCES students(id),
      scale_hash TEXT NOT NULL REFERENCES scale_definitions(hash),
      language TEXT NOT NULL CHECK (language IN ('zh-CN', 'en')),
      consent TEXT NOT NULL CHECK (consent IN ('given', 'declined')),
      ${jsonObject('answers')},
      finished_at TEXT,
      result_id TEXT UNIQUE REFERENCES scale_results(id),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES counselors(id),
      updated_at TEXT NOT NULL,
      updated_by TEXT NOT NULL REFERENCES counselors(id),
      CHECK ((finished_at IS NULL) = (result_id IS NULL)),
      CHECK (consent = 'given' OR (answers = '{}' AND finished_at IS NULL))
    ) STRICT;
    CREATE INDEX self_reports_unfinished ON self_reports(created_at) WHERE finished_at IS NULL AND consent = 'given';
    ${refuse(
      'self_reports',
      'UPDATE',
      'only the answers of an unfinished self-report change',
      `WHEN OLD.finished_at IS NOT NULL OR OLD.consent = 'declined' OR NEW.id IS NOT OLD.id
        OR NEW.student_id IS NOT OLD.student_id OR NEW.scale_hash IS NOT OLD.scale_hash
        OR NEW.language IS NOT OLD.language OR NEW.consent IS NOT OLD.consent
        OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by`,
    )}
    ${refuse('self_reports', 'DELETE', 'self-reports are kept')}

    CREATE TABLE scale_results (
      id TEXT PRIMARY KEY,
      student_id TEXT NOT NULL REFERENCES students(id),
      scale_hash TEXT NOT NULL REFERENCES scale_definitions(hash),
      mode TEXT NOT NULL CHECK (mode IN ('counselor', 'self-report', 'screening')),
      language TEXT NOT NULL CHECK (language IN ('zh-CN', 'en')),
      ${day('administered_on')},
      ${jsonObject('answers')},
      -- The engine's output when it was saved: never recomputed, whatever a later pack says.
      ${jsonObject('scoring')},
      remark TEXT NOT NULL CHECK (length(remark) <= 500),
      screening_id TEXT REFERENCES screenings(id),
      self_report_id TEXT UNIQUE REFERENCES self_reports(id),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL REFERENCES counselors(id),
      CHECK ((mode = 'screening') = (screening_id IS NOT NULL)),
      CHECK ((mode = 'self-report') = (self_report_id IS NOT NULL))
    ) STRICT;
    ${appendOnly('scale_results', 'scale results')}
    CREATE INDEX scale_results_student ON scale_results(student_id, administered_on);
    CREATE INDEX scale_results_screening ON scale_results(screening_id) WHERE screening_id IS NOT NULL;
  `,
};
