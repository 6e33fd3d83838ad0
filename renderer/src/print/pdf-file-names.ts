import type { TFunction } from 'i18next';

/*
 * Default names of saved PDFs: the kind of record, the case number and a day, never the
 * student's name. A file's name is read without opening it (folder listings, search indexes,
 * cloud-sync and backup logs, anyone glancing at the screen); a case number means something
 * only to the counselor, who holds the records. The main process sanitizes the name again.
 */

/** `YYYY-MM-DD` of the computer's own day, as the counselor reads the calendar. */
export function localDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const joined = (parts: readonly (string | null)[]) => parts.filter((part): part is string => Boolean(part)).join('-');

/** 辅导记录-2026-001-2026-03-14: the note's case and session day. */
export function notePdfName(
  t: TFunction,
  note: { caseNumber: string | null; content: { date: string | null } },
): string {
  return joined([t('print.noteFileName'), note.caseNumber, note.content.date]);
}

/** 个案摘要-2026-001-2026-05-02: the newest case of the student's notes, and the day it was saved. */
export function caseSummaryPdfName(
  t: TFunction,
  entries: readonly { caseNumber: string | null }[],
  today: Date,
): string {
  const newestCase = entries.findLast((entry) => entry.caseNumber !== null)?.caseNumber ?? null;
  return joined([t('print.caseSummaryFileName'), newestCase, localDay(today)]);
}
