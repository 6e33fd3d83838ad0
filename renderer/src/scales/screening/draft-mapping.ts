import type { ScreeningMapping } from '../../../../shared/schemas/scales';

/** The mapping as the counselor edits it: the student number's column may still be missing. */
export interface DraftMapping {
  studentNumber: number | undefined;
  items: Record<string, number>;
}

export function draftOf(mapping: ScreeningMapping | null): DraftMapping {
  return mapping
    ? { studentNumber: mapping.studentNumber, items: { ...mapping.items } }
    : { studentNumber: undefined, items: {} };
}

/** A mapping the backend can read rows with, once the student number has a column. */
export function completeMapping(draft: DraftMapping): ScreeningMapping | null {
  return draft.studentNumber === undefined ? null : { studentNumber: draft.studentNumber, items: draft.items };
}
