import type { DraftSummary, NoteStatus } from '../../../shared/schemas/sessions';
import type { Connection } from '../database/open-database';

export interface NoteRow {
  key: number;
  id: string;
  studentId: string;
  studentName: string;
  status: NoteStatus;
  caseYear: number | null;
  caseSequence: number | null;
  sessionNumber: number | null;
  createdAt: string;
  createdBy: string;
}

export interface DraftRow {
  noteId: string;
  revision: number;
  content: string;
  createdAt: string;
  updatedAt: string;
  updatedBy: string;
}

export interface VersionRow {
  version: number;
  content: string;
  reason: string | null;
  createdAt: string;
  createdBy: string;
}

export function insertNote(
  connection: Connection,
  note: { id: string; studentId: string; at: string; by: string },
): number {
  const result = connection
    .prepare(
      `INSERT INTO session_notes (id, student_id, status, created_at, created_by, updated_at, updated_by)
       VALUES (@id, @studentId, 'draft', @at, @by, @at, @by)`,
    )
    .run(note);
  return Number(result.lastInsertRowid);
}

export function findNote(connection: Connection, id: string): NoteRow | undefined {
  return connection
    .prepare(
      `SELECT n.key, n.id, n.student_id AS studentId, s.name AS studentName, n.status, n.case_year AS caseYear,
         n.case_sequence AS caseSequence, n.session_number AS sessionNumber, n.created_at AS createdAt,
         n.created_by AS createdBy
       FROM session_notes n JOIN students s ON s.id = n.student_id
       WHERE n.id = ?`,
    )
    .get(id) as NoteRow | undefined;
}

/** Only an unfinished note can go; the database refuses to delete a finalised one. */
export function deleteUnfinishedNote(connection: Connection, id: string): void {
  connection.prepare("DELETE FROM session_notes WHERE id = ? AND status = 'draft'").run(id);
}

export function markFinal(
  connection: Connection,
  change: { id: string; caseYear: number; caseSequence: number; sessionNumber: number; at: string; by: string },
): void {
  connection
    .prepare(
      `UPDATE session_notes SET status = 'final', case_year = @caseYear, case_sequence = @caseSequence,
         session_number = @sessionNumber, updated_at = @at, updated_by = @by
       WHERE id = @id`,
    )
    .run(change);
}

export function countFinalNotes(connection: Connection, studentId: string): number {
  const row = connection
    .prepare("SELECT count(*) AS n FROM session_notes WHERE student_id = ? AND status = 'final'")
    .get(studentId) as { n: number };
  return row.n;
}

export function findDraft(connection: Connection, noteId: string): DraftRow | undefined {
  return connection
    .prepare(
      `SELECT note_id AS noteId, revision, content, created_at AS createdAt, updated_at AS updatedAt,
         updated_by AS updatedBy
       FROM note_drafts WHERE note_id = ?`,
    )
    .get(noteId) as DraftRow | undefined;
}

export function insertDraft(
  connection: Connection,
  draft: { noteId: string; content: string; at: string; by: string },
): void {
  connection
    .prepare(
      `INSERT INTO note_drafts (note_id, revision, content, created_at, created_by, updated_at, updated_by)
       VALUES (@noteId, 1, @content, @at, @by, @at, @by)`,
    )
    .run(draft);
}

/** Writes the next revision only if the stored one is still `revision`; says whether it did. */
export function updateDraft(
  connection: Connection,
  draft: { noteId: string; revision: number; content: string; at: string; by: string },
): boolean {
  const result = connection
    .prepare(
      `UPDATE note_drafts SET revision = revision + 1, content = @content, updated_at = @at, updated_by = @by
       WHERE note_id = @noteId AND revision = @revision`,
    )
    .run(draft);
  return result.changes === 1;
}

export function deleteDraft(connection: Connection, noteId: string): void {
  connection.prepare('DELETE FROM note_drafts WHERE note_id = ?').run(noteId);
}

/** Every pending draft, newest save first. */
export function listDrafts(connection: Connection): DraftSummary[] {
  return connection
    .prepare(
      `SELECT d.note_id AS noteId, n.student_id AS studentId, s.name AS studentName,
         CASE n.status WHEN 'draft' THEN 'new-note' ELSE 'amendment' END AS purpose, d.revision,
         json_extract(d.content, '$.date') AS date, d.updated_at AS savedAt
       FROM note_drafts d JOIN session_notes n ON n.id = d.note_id JOIN students s ON s.id = n.student_id
       ORDER BY d.updated_at DESC, n.key DESC`,
    )
    .all() as DraftSummary[];
}

export function insertVersion(
  connection: Connection,
  version: { noteId: string; version: number; content: string; reason: string | null; at: string; by: string },
): void {
  connection
    .prepare(
      `INSERT INTO note_versions (note_id, version, content, reason, created_at, created_by)
       VALUES (@noteId, @version, @content, @reason, @at, @by)`,
    )
    .run(version);
}

/** Every version, oldest first. */
export function listVersions(connection: Connection, noteId: string): VersionRow[] {
  return connection
    .prepare(
      `SELECT version, content, reason, created_at AS createdAt, created_by AS createdBy
       FROM note_versions WHERE note_id = ? ORDER BY version`,
    )
    .all(noteId) as VersionRow[];
}

export function latestVersion(connection: Connection, noteId: string): VersionRow | undefined {
  return connection
    .prepare(
      `SELECT version, content, reason, created_at AS createdAt, created_by AS createdBy
       FROM note_versions WHERE note_id = ? ORDER BY version DESC LIMIT 1`,
    )
    .get(noteId) as VersionRow | undefined;
}

export function firstVersion(connection: Connection, noteId: string): VersionRow | undefined {
  return connection
    .prepare(
      `SELECT version, content, reason, created_at AS createdAt, created_by AS createdBy
       FROM note_versions WHERE note_id = ? AND version = 1`,
    )
    .get(noteId) as VersionRow | undefined;
}
