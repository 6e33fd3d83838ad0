import type { NoteTemplate } from '../../../shared/schemas/session-catalog';
import type { Draft, NoteContent, SavedDraft } from '../../../shared/schemas/sessions';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { newId } from '../ids';
import { findStudent } from '../students/student-repository';
import type { Act } from '../students/student-service';
import { findTemplate, listTemplates } from './catalog-repository';
import { requireTemplate, serializeContent } from './note-content';
import { dropNoteIndexes, refreshNoteIndexes } from './note-indexes';
import { draftConflict, readDraft, requireDraftAt, requireNote } from './note-reader';
import { deleteDraft, deleteUnfinishedNote, findDraft, insertDraft, insertNote, updateDraft } from './note-repository';

/**
 * Drafts: the one copy of a note that changes. Every save is a transaction of its own, written
 * through (WAL, synchronous=FULL) before the call answers, so what was acknowledged survives a
 * crash or a power cut. A revision number keeps a second window from overwriting newer text.
 */

function emptyContent(template: NoteTemplate, today: string): NoteContent {
  return {
    template: { key: template.key, version: template.version },
    date: today,
    startTime: null,
    endTime: null,
    place: '',
    kind: null,
    mode: null,
    referralRoute: null,
    categories: [],
    sections: {},
    risk: null,
    plan: '',
    informClassTeacher: false,
    informParents: false,
    refer: false,
    nextAppointment: null,
  };
}

export function createDraft(
  connection: Connection,
  input: { studentId: string; templateKey?: string },
  act: Act & { today: string },
): Draft {
  return connection.transaction(() => {
    if (!findStudent(connection, input.studentId)) throw new BackendError('NOT_FOUND', 'No student file has this id.');
    const template =
      input.templateKey === undefined
        ? listTemplates(connection, false)[0]
        : findTemplate(connection, input.templateKey);
    if (!template) throw new BackendError('NOT_FOUND', 'No such note template.');
    const id = newId(Date.parse(act.at));
    const content = emptyContent(template, act.today);
    const key = insertNote(connection, { id, studentId: input.studentId, at: act.at, by: act.by });
    insertDraft(connection, { noteId: id, content: serializeContent(content), ...act });
    refreshNoteIndexes(connection, { key, studentId: input.studentId, createdAt: act.at }, content, template);
    appendAuditEvent(connection, {
      actorId: act.by,
      action: 'sessions.create',
      entity: 'session-note',
      entityId: id,
      at: act.at,
    });
    return readDraft(connection, id);
  })();
}

/**
 * Writes the full content as the next revision. `revision` 0 starts the amendment draft of a
 * finalised note. A save of exactly the stored content (a retry whose answer was lost, a blur
 * with no change) writes nothing and answers with the stored revision.
 */
export function saveDraft(
  connection: Connection,
  input: { noteId: string; revision: number; content: NoteContent },
  act: Act,
): SavedDraft {
  return connection.transaction(() => {
    const note = requireNote(connection, input.noteId);
    const template = requireTemplate(connection, input.content);
    const content = serializeContent(input.content);
    const stored = findDraft(connection, input.noteId);
    if (stored?.content === content) {
      return { noteId: input.noteId, revision: stored.revision, savedAt: stored.updatedAt };
    }
    if (!stored) {
      if (note.status === 'draft' || input.revision !== 0) throw draftConflict(0);
      insertDraft(connection, { noteId: input.noteId, content, ...act });
    } else if (!updateDraft(connection, { noteId: input.noteId, revision: input.revision, content, ...act })) {
      throw draftConflict(stored.revision);
    }
    if (note.status === 'draft') refreshNoteIndexes(connection, note, input.content, template);
    return { noteId: input.noteId, revision: stored ? stored.revision + 1 : 1, savedAt: act.at };
  })();
}

/** Reads a draft to continue it; opening is audited. */
export function openDraft(connection: Connection, noteId: string, act: Act): Draft {
  const draft = readDraft(connection, noteId);
  appendAuditEvent(connection, {
    actorId: act.by,
    action: 'sessions.open',
    entity: 'session-note',
    entityId: noteId,
    at: act.at,
  });
  return draft;
}

/**
 * Drops a draft the counselor chose to throw away, if it is still the revision they saw: an
 * unfinished note goes with it; a finalised note stays exactly as signed.
 */
export function discardDraft(connection: Connection, input: { noteId: string; revision: number }, act: Act): void {
  connection.transaction(() => {
    const note = requireNote(connection, input.noteId);
    requireDraftAt(connection, input.noteId, input.revision);
    deleteDraft(connection, input.noteId);
    if (note.status === 'draft') {
      dropNoteIndexes(connection, note.key);
      deleteUnfinishedNote(connection, input.noteId);
    }
    appendAuditEvent(connection, {
      actorId: act.by,
      action: note.status === 'draft' ? 'sessions.discard' : 'sessions.discard-amendment',
      entity: 'session-note',
      entityId: input.noteId,
      at: act.at,
    });
  })();
}
