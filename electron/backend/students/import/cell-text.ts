/** Longest cell text kept from a file: far above any field's limit, so overlong cells are reported. */
const maxCellLength = 1000;

/** A row of a roster file as cleaned text, with the row number the counselor sees in Excel. */
export interface RosterRow {
  rowNumber: number;
  cells: string[];
}

/**
 * A cell as one line of plain text. Control characters (line breaks inside a cell, NUL, escape
 * sequences) become spaces and format characters (zero-width spaces, bidirectional overrides)
 * are dropped, so nothing invisible reaches a record; days become `YYYY-MM-DD`.
 */
export function cellText(value: string | Date): string {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  return value
    .slice(0, maxCellLength * 2)
    .replace(/\p{Cf}/gu, '')
    .replace(/[\p{Cc}\s]+/gu, ' ')
    .trim()
    .slice(0, maxCellLength);
}

/** The cells up to the last one with text: editors often leave empty cells to the right. */
export function withoutTrailingEmptyCells(cells: string[]): string[] {
  let end = cells.length;
  while (end > 0 && cells[end - 1] === '') end -= 1;
  return cells.slice(0, end);
}
