import type { CounselorRef, Draft, Note, NoteVersion } from '../../../shared/schemas/sessions';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { findProfile } from '../profiles/profile-repository';
import { caseNumberOf } from './case-number';
import { parseContent, requireTemplate } from './note-content';
import {
  countFinalNotes,
  type DraftRow,
  findDraft,
  findNote,
  firstVersion,
  latestVersion,
  listVersions,
  type NoteRow,
  type VersionRow,
} from './note-repository';

/** Reads notes, drafts and versions into the shapes of the contract. */

export function requireNote(connection: Connection, noteId: string): NoteRow {
  const note = findNote(connection, noteId);
  if (!note) throw new BackendError('NOT_FOUND', 'No note has this id.');
  return note;
}

/** The draft is not at the revision the caller saw; carries the one on disk, 0 when there is none. */
export function draftConflict(revision: number): BackendError {
  return new BackendError('DRAFT_CONFLICT', 'The draft was changed elsewhere since this revision.', { revision });
}

/** The note's draft, if it is still at `revision`. */
export function requireDraftAt(connection: Connection, noteId: string, revision: number): DraftRow {
  const draft = findDraft(connection, noteId);
  if (draft?.revision !== revision) throw draftConflict(draft?.revision ?? 0);
  return draft;
}

function counselor(connection: Connection, id: string): CounselorRef {
  return { id, displayName: findProfile(connection, id)?.displayName ?? '' };
}

/** The stored number of a finalised note, or the one an unfinished note would get now. */
function sessionNumberOf(connection: Connection, note: NoteRow): number {
  return note.sessionNumber ?? countFinalNotes(connection, note.studentId) + 1;
}

export function readDraft(connection: Connection, noteId: string): Draft {
  const note = requireNote(connection, noteId);
  const draft = findDraft(connection, noteId);
  if (!draft) throw new BackendError('NOT_FOUND', 'This note has no draft.');
  const content = parseContent(draft.content);
  return {
    noteId,
    studentId: note.studentId,
    studentName: note.studentName,
    purpose: note.status === 'draft' ? 'new-note' : 'amendment',
    revision: draft.revision,
    content,
    template: requireTemplate(connection, content),
    sessionNumber: sessionNumberOf(connection, note),
    caseNumber: caseNumberOf(note),
    createdAt: draft.createdAt,
    savedAt: draft.updatedAt,
    savedBy: counselor(connection, draft.updatedBy),
  };
}

function readVersion(connection: Connection, row: VersionRow): NoteVersion {
  const content = parseContent(row.content);
  return {
    version: row.version,
    content,
    template: requireTemplate(connection, content),
    reason: row.reason,
    createdAt: row.createdAt,
    createdBy: counselor(connection, row.createdBy),
  };
}

/** A note as it stands: its draft while unfinished, its newest version once finalised. */
export function readNote(connection: Connection, noteId: string): Note {
  const note = requireNote(connection, noteId);
  const draft = findDraft(connection, noteId);
  const base = {
    noteId,
    studentId: note.studentId,
    studentName: note.studentName,
    status: note.status,
    caseNumber: caseNumberOf(note),
    sessionNumber: sessionNumberOf(connection, note),
    draftRevision: draft?.revision ?? null,
    createdAt: note.createdAt,
    createdBy: counselor(connection, note.createdBy),
  };
  const latest = note.status === 'final' ? latestVersion(connection, noteId) : undefined;
  const signed = note.status === 'final' ? firstVersion(connection, noteId) : undefined;
  if (latest && signed) {
    const content = parseContent(latest.content);
    return {
      ...base,
      content,
      template: requireTemplate(connection, content),
      version: latest.version,
      signedAt: signed.createdAt,
      signedBy: counselor(connection, signed.createdBy),
    };
  }
  if (!draft) throw new BackendError('INTERNAL', 'A note has neither a draft nor a version.');
  const content = parseContent(draft.content);
  return {
    ...base,
    content,
    template: requireTemplate(connection, content),
    version: null,
    signedAt: null,
    signedBy: null,
  };
}

export function readHistory(connection: Connection, noteId: string): NoteVersion[] {
  requireNote(connection, noteId);
  return listVersions(connection, noteId).map((row) => readVersion(connection, row));
}
