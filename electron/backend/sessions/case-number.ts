/**
 * 2026-001: the year, then the student's place among the students whose case opened that
 * year, three digits at least (a school with over 999 cases in a year gets 2026-1000).
 */
export function formatCaseNumber(year: number, sequence: number): string {
  return `${year}-${String(sequence).padStart(3, '0')}`;
}

/** The case number stored with a note; null until the note is finalised. */
export function caseNumberOf(note: { caseYear: number | null; caseSequence: number | null }): string | null {
  return note.caseYear === null || note.caseSequence === null
    ? null
    : formatCaseNumber(note.caseYear, note.caseSequence);
}

/** The calendar year of a `YYYY-MM-DD` day. */
export function yearOfDate(date: string): number {
  return Number(date.slice(0, 4));
}
