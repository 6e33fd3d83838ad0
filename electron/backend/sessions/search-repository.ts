import type { NoteStatus } from '../../../shared/schemas/sessions';
import type { StudentStatus } from '../../../shared/schemas/students';
import type { Connection } from '../database/open-database';

/** Puts the note's tokens in the index in place of what it held; an empty document leaves it out. */
export function replaceSearchDocument(connection: Connection, key: number, document: string): void {
  connection.prepare('DELETE FROM note_search WHERE rowid = ?').run(key);
  if (document !== '') connection.prepare('INSERT INTO note_search (rowid, tokens) VALUES (?, ?)').run(key, document);
}

export function deleteSearchDocument(connection: Connection, key: number): void {
  connection.prepare('DELETE FROM note_search WHERE rowid = ?').run(key);
}

export interface SearchRow {
  noteId: string;
  studentId: string;
  studentName: string;
  studentStatus: StudentStatus;
  noteStatus: NoteStatus;
  content: string;
}

export function countSearchHits(connection: Connection, ftsQuery: string): number {
  const row = connection.prepare('SELECT count(*) AS n FROM note_search WHERE note_search MATCH ?').get(ftsQuery) as {
    n: number;
  };
  return row.n;
}

/**
 * A page of the notes that match, newest first by the calendar's day. The page is cut before
 * any note is read, so only the page's notes are.
 */
export function searchNotes(
  connection: Connection,
  query: { ftsQuery: string; limit: number; offset: number },
): SearchRow[] {
  return connection
    .prepare(
      `WITH page AS (
         SELECT f.rowid AS key, calendar.day FROM note_search f JOIN note_calendar calendar ON calendar.note_key = f.rowid
         WHERE note_search MATCH @ftsQuery
         ORDER BY calendar.day DESC, f.rowid DESC
         LIMIT @limit OFFSET @offset
       )
       SELECT c.id AS noteId, c.student_id AS studentId, s.name AS studentName, s.status AS studentStatus,
         c.status AS noteStatus, c.content
       FROM page JOIN current_notes c ON c.key = page.key JOIN students s ON s.id = c.student_id
       ORDER BY page.day DESC, page.key DESC`,
    )
    .all(query) as SearchRow[];
}
