import type { Note, NoteHistory } from '../../../shared/schemas/sessions';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import type { Act } from '../students/student-service';
import { allocateCaseSequence, findCaseSequence } from './case-number-repository';
import { yearOfDate } from './case-number';
import { checkFinalContent, parseContent, requireTemplate } from './note-content';
import { refreshNoteIndexes } from './note-indexes';
import { readHistory, readNote, requireDraftAt, requireNote } from './note-reader';
import { countFinalNotes, deleteDraft, insertVersion, latestVersion, markFinal } from './note-repository';

/**
 * Finalising signs a note with the time and the counselor, and from then on the database
 * refuses to change its row or its versions: a change is an amendment, a new version with its
 * reason, author and time, the earlier ones kept.
 */

function audit(connection: Connection, action: string, noteId: string, act: Act): void {
  appendAuditEvent(connection, { actorId: act.by, action, entity: 'session-note', entityId: noteId, at: act.at });
}

/**
 * Signs the draft as saved at `revision`. The case number is the student's for the session's
 * calendar year, allocated now if this is their first note of that year; the session number
 * counts the student's finalised notes. Both are stored and never change, amendments included.
 */
export function finalizeNote(connection: Connection, input: { noteId: string; revision: number }, act: Act): Note {
  return connection
    .transaction(() => {
      const note = requireNote(connection, input.noteId);
      if (note.status === 'final') throw new BackendError('NOTE_ALREADY_FINALIZED', 'The note is already finalised.');
      const draft = requireDraftAt(connection, input.noteId, input.revision);
      const content = checkFinalContent(connection, parseContent(draft.content));
      const year = yearOfDate(content.date);
      const caseSequence =
        findCaseSequence(connection, note.studentId, year) ??
        allocateCaseSequence(connection, { studentId: note.studentId, year, ...act });
      const sessionNumber = countFinalNotes(connection, note.studentId) + 1;
      markFinal(connection, { id: note.id, caseYear: year, caseSequence, sessionNumber, ...act });
      insertVersion(connection, { noteId: note.id, version: 1, content: draft.content, reason: null, ...act });
      deleteDraft(connection, note.id);
      audit(connection, 'sessions.finalize', note.id, act);
      return readNote(connection, note.id);
    })
    .immediate();
}

/**
 * Turns the amendment draft saved at `revision` into the next version. An amendment that
 * changes nothing adds no version; its draft is dropped.
 */
export function amendNote(
  connection: Connection,
  input: { noteId: string; revision: number; reason: string },
  act: Act,
): Note {
  return connection
    .transaction(() => {
      const note = requireNote(connection, input.noteId);
      if (note.status === 'draft') throw new BackendError('NOTE_NOT_FINALIZED', 'Only a finalised note is amended.');
      const draft = requireDraftAt(connection, input.noteId, input.revision);
      const content = checkFinalContent(connection, parseContent(draft.content));
      const current = latestVersion(connection, note.id)!;
      deleteDraft(connection, note.id);
      if (current.content !== draft.content) {
        insertVersion(connection, {
          noteId: note.id,
          version: current.version + 1,
          content: draft.content,
          reason: input.reason,
          ...act,
        });
        refreshNoteIndexes(connection, note, content, requireTemplate(connection, content));
        audit(connection, 'sessions.amend', note.id, act);
      }
      return readNote(connection, note.id);
    })
    .immediate();
}

/** Reads a note as it stands; opening is audited. */
export function openNote(connection: Connection, noteId: string, act: Act): Note {
  const note = readNote(connection, noteId);
  audit(connection, 'sessions.open', noteId, act);
  return note;
}

/** Every version of a note, oldest first (none while it is unfinished); reading them is audited. */
export function noteHistory(connection: Connection, noteId: string, act: Act): NoteHistory {
  const versions = readHistory(connection, noteId);
  audit(connection, 'sessions.history', noteId, act);
  return { noteId, versions };
}
