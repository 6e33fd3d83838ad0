import type { CaseEvent, CaseEventBody, CaseOpening } from '../../../shared/schemas/crisis';
import type { StudentSummary } from '../../../shared/schemas/students';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { type CaseRow, type CaseSelection, caseRows, type EventRow, eventRows } from './case-repository';

/** A case as stored: its opening, its student, and its events in recording order (event n has seq n). */
export interface StoredCase {
  readonly opening: CaseOpening;
  readonly student: StudentSummary;
  readonly events: readonly CaseEvent[];
}

/** The opening's own fields, as the JSON column holds them. */
export type StoredOpening = Omit<CaseOpening, 'id' | 'studentId' | 'recordedAt' | 'recordedBy'>;

function toOpening(row: CaseRow): CaseOpening {
  return {
    ...(JSON.parse(row.opening) as StoredOpening),
    id: row.id,
    studentId: row.student.id,
    recordedAt: row.createdAt,
    recordedBy: { id: row.createdBy, displayName: row.createdByName },
  };
}

function toEvent(row: EventRow): CaseEvent {
  return {
    id: row.id,
    caseId: row.caseId,
    recordedAt: row.recordedAt,
    recordedBy: { id: row.recordedBy, displayName: row.recordedByName },
    // Validated against the schema and the state machine before it was appended.
    body: JSON.parse(row.body) as CaseEventBody,
  };
}

/** Two queries whatever the number of cases: the openings, then all their events. */
export function loadCases(connection: Connection, selection: CaseSelection): StoredCase[] {
  const events = new Map<string, CaseEvent[]>();
  for (const row of eventRows(connection, selection)) {
    const list = events.get(row.caseId) ?? [];
    list.push(toEvent(row));
    events.set(row.caseId, list);
  }
  return caseRows(connection, selection).map((row) => ({
    opening: toOpening(row),
    student: row.student,
    events: events.get(row.id) ?? [],
  }));
}

export function requireCase(connection: Connection, caseId: string): StoredCase {
  const [stored] = loadCases(connection, { caseId });
  if (!stored) throw new BackendError('NOT_FOUND', 'No crisis case has this id.');
  return stored;
}
