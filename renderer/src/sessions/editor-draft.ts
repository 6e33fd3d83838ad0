import type { NoteTemplate } from '../../../shared/schemas/session-catalog';
import type { Draft, DraftPurpose, Note, NoteContent } from '../../../shared/schemas/sessions';

/** What the editor needs of a draft: one read from disk, or an amendment not yet saved. */
export interface EditorDraft {
  noteId: string;
  studentId: string;
  studentName: string;
  purpose: DraftPurpose;
  /** 0 for an amendment not yet saved. */
  revision: number;
  content: NoteContent;
  template: NoteTemplate;
  sessionNumber: number;
  caseNumber: string | null;
  /** When the draft on disk was saved; null for an amendment not yet saved. */
  savedAt: string | null;
}

export function editorDraftOf(draft: Draft): EditorDraft {
  return { ...draft, savedAt: draft.savedAt };
}

/** An amendment starts from the signed text and is saved with revision 0 at the first change. */
export function amendmentOf(note: Note): EditorDraft {
  return {
    noteId: note.noteId,
    studentId: note.studentId,
    studentName: note.studentName,
    purpose: 'amendment',
    revision: 0,
    content: note.content,
    template: note.template,
    sessionNumber: note.sessionNumber,
    caseNumber: note.caseNumber,
    savedAt: null,
  };
}
