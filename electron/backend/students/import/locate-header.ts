import type { RosterRow } from './cell-text';
import { headerField } from './map-columns';

/** Title rows above the header ("2026级初一学生名单") are common; the header is among the first ones. */
const headerSearchRows = 10;

/**
 * The header row and the data rows below it. The header is the first of the top rows that names
 * two known fields; a file without such a row is taken to start with its header.
 */
export function locateHeader(rows: RosterRow[]): { header: RosterRow; dataRows: RosterRow[] } | null {
  if (rows.length === 0) return null;
  const found = rows
    .slice(0, headerSearchRows)
    .findIndex((row) => new Set(row.cells.map(headerField).filter((field) => field !== null)).size >= 2);
  const index = Math.max(found, 0);
  return { header: rows[index]!, dataRows: rows.slice(index + 1) };
}
