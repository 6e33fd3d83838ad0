import type { NoteContent } from '../../../shared/schemas/sessions';

/** One field's change, merged into the note's content by the editor. */
export type ContentPatch = Partial<NoteContent>;

export interface FieldsProps {
  content: NoteContent;
  onChange: (patch: ContentPatch) => void;
}

/** Native date and time inputs answer `''` when cleared; the note stores null. */
export const orNull = (value: string): string | null => (value === '' ? null : value);
