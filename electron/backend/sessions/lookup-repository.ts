import type { NoteStatus } from '../../../shared/schemas/sessions';
import type { Connection } from '../database/open-database';

export interface CurrentNoteRow {
  noteId: string;
  status: NoteStatus;
  caseYear: number | null;
  caseSequence: number | null;
  sessionNumber: number | null;
  createdAt: string;
  content: string;
  version: number | null;
}

/** One student's notes as they stand, drafts included. */
export function studentNotes(connection: Connection, studentId: string): CurrentNoteRow[] {
  return connection
    .prepare(
      `SELECT id AS noteId, status, case_year AS caseYear, case_sequence AS caseSequence,
         session_number AS sessionNumber, created_at AS createdAt, content, version
       FROM current_notes WHERE student_id = ?`,
    )
    .all(studentId) as CurrentNoteRow[];
}

export interface PlannedAppointmentRow {
  noteId: string;
  noteStatus: NoteStatus;
  studentId: string;
  studentName: string;
  date: string;
  time: string | null;
  note: string;
}

/**
 * Each student's calendar rows ranked by recency (1 is the latest note): the latest note is the
 * one with the latest day and start time, and any later note means the appointment an earlier
 * one planned was kept or replaced. The agenda and the roster's "open follow-ups" filter both
 * read it, so they always agree on who has an appointment pending.
 */
export const latestNoteCalendarSql = `SELECT note_key, student_id, appointment_date, appointment_time, row_number() OVER (
    PARTITION BY student_id ORDER BY day DESC, coalesce(start_time, '') DESC, note_key DESC
  ) AS recency
  FROM note_calendar`;

/** For each active student, the appointment their latest note planned, if it planned one. */
export function plannedAppointments(connection: Connection): PlannedAppointmentRow[] {
  return connection
    .prepare(
      `WITH latest AS (${latestNoteCalendarSql})
       SELECT c.id AS noteId, c.status AS noteStatus, latest.student_id AS studentId, s.name AS studentName,
         latest.appointment_date AS date, latest.appointment_time AS time,
         json_extract(c.content, '$.nextAppointment.note') AS note
       FROM latest JOIN students s ON s.id = latest.student_id JOIN current_notes c ON c.key = latest.note_key
       WHERE latest.recency = 1 AND latest.appointment_date IS NOT NULL AND s.status = 'active'
       ORDER BY date, time IS NULL, time, studentName`,
    )
    .all() as PlannedAppointmentRow[];
}
