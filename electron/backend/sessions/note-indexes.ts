import type { NoteTemplate } from '../../../shared/schemas/session-catalog';
import type { NoteContent } from '../../../shared/schemas/sessions';
import type { Connection } from '../database/open-database';
import { localDate } from './calendar';
import { deleteCalendarEntry, replaceCalendarEntry } from './calendar-repository';
import { noteFields, searchDocument } from './note-fields';
import { deleteSearchDocument, replaceSearchDocument } from './search-repository';

/**
 * Keeps the search index and the calendar on a note's current text, in the transaction that
 * changes it: the draft of an unfinished note as it is typed, the newest version once signed.
 */
export function refreshNoteIndexes(
  connection: Connection,
  note: { key: number; studentId: string; createdAt: string },
  content: NoteContent,
  template: NoteTemplate,
): void {
  replaceSearchDocument(connection, note.key, searchDocument(noteFields(content, template)));
  replaceCalendarEntry(connection, {
    key: note.key,
    studentId: note.studentId,
    day: content.date ?? localDate(Date.parse(note.createdAt)),
    startTime: content.startTime,
    appointmentDate: content.nextAppointment?.date ?? null,
    appointmentTime: content.nextAppointment?.time ?? null,
  });
}

export function dropNoteIndexes(connection: Connection, key: number): void {
  deleteSearchDocument(connection, key);
  deleteCalendarEntry(connection, key);
}
