import type { StudentSummary } from '../../../shared/schemas/students';
import type { Connection } from '../database/open-database';

/** A case's stored opening, with its student as the roster shows them and who opened it. */
export interface CaseRow {
  id: string;
  /** JSON text: source, level, stage, occurredOn, occurredTime. */
  opening: string;
  createdAt: string;
  createdBy: string;
  createdByName: string;
  student: StudentSummary;
}

export interface EventRow {
  caseId: string;
  seq: number;
  id: string;
  /** JSON text of the body. */
  body: string;
  recordedAt: string;
  recordedBy: string;
  recordedByName: string;
}

export function insertCase(
  connection: Connection,
  row: {
    id: string;
    studentId: string;
    opening: string;
    openedOn: string;
    sourceResultId: string | null;
    at: string;
    by: string;
  },
): void {
  connection
    .prepare(
      `INSERT INTO crisis_cases (id, student_id, opening, opened_on, source_result_id, created_at, created_by)
       VALUES (@id, @studentId, @opening, @openedOn, @sourceResultId, @at, @by)`,
    )
    .run(row);
}

export function insertEvent(
  connection: Connection,
  row: { caseId: string; seq: number; id: string; type: string; body: string; at: string; by: string },
): void {
  connection
    .prepare(
      `INSERT INTO crisis_events (case_id, seq, id, type, body, recorded_at, recorded_by)
       VALUES (@caseId, @seq, @id, @type, @body, @at, @by)`,
    )
    .run(row);
}

interface FlatCaseRow extends Omit<CaseRow, 'student'> {
  studentId: string;
  name: string;
  studentNumber: string;
  grade: StudentSummary['grade'];
  classNumber: number | null;
  status: StudentSummary['status'];
  gender: StudentSummary['gender'];
}

/** Which cases to read: one, a student's, the open ones, or all. */
export type CaseSelection = { caseId: string } | { studentId: string } | 'open' | 'all';

/**
 * A case with a closure event is closed for good: the machine refuses a correction that would
 * reopen it. So the open cases are found without folding every closed one over the years.
 */
const isOpen = (alias: string) =>
  `NOT EXISTS (SELECT 1 FROM crisis_events x WHERE x.case_id = ${alias}.id AND x.type = 'closure')`;

function selectionWhere(selection: CaseSelection, alias: string): { where: string; parameters: object } {
  if (selection === 'all') return { where: '', parameters: {} };
  if (selection === 'open') return { where: `WHERE ${isOpen(alias)}`, parameters: {} };
  if ('caseId' in selection) return { where: `WHERE ${alias}.id = @caseId`, parameters: selection };
  return { where: `WHERE ${alias}.student_id = @studentId`, parameters: selection };
}

/** Openings in the order they were recorded. */
export function caseRows(connection: Connection, selection: CaseSelection): CaseRow[] {
  const { where, parameters } = selectionWhere(selection, 'k');
  const rows = connection
    .prepare(
      `SELECT k.id, k.opening, k.created_at AS createdAt, k.created_by AS createdBy, c.display_name AS createdByName,
         s.id AS studentId, s.name, s.student_number AS studentNumber, s.grade, s.class_number AS classNumber,
         s.status, s.gender
       FROM crisis_cases k JOIN students s ON s.id = k.student_id JOIN counselors c ON c.id = k.created_by
       ${where}
       ORDER BY k.created_at, k.id`,
    )
    .all(parameters) as FlatCaseRow[];
  return rows.map(({ studentId, name, studentNumber, grade, classNumber, status, gender, ...row }) => ({
    ...row,
    student: { id: studentId, name, studentNumber, grade, classNumber, status, gender },
  }));
}

/** Events of the selected cases, each case's in recording order. */
export function eventRows(connection: Connection, selection: CaseSelection): EventRow[] {
  const { where, parameters } = selectionWhere(selection, 'k');
  return connection
    .prepare(
      `SELECT e.case_id AS caseId, e.seq, e.id, e.body, e.recorded_at AS recordedAt, e.recorded_by AS recordedBy,
         c.display_name AS recordedByName
       FROM crisis_events e JOIN crisis_cases k ON k.id = e.case_id JOIN counselors c ON c.id = e.recorded_by
       ${where}
       ORDER BY e.case_id, e.seq`,
    )
    .all(parameters) as EventRow[];
}
