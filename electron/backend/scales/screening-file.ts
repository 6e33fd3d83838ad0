import { createHash } from 'node:crypto';
import { maxImportRows } from '../../../shared/schemas/student-import';
import { BackendError } from '../errors';
import type { RosterRow } from '../students/import/cell-text';
import { headerField } from '../students/import/map-columns';
import { readRosterFile } from '../students/import/read-roster-file';

export interface ScreeningFile {
  headers: string[];
  dataRows: RosterRow[];
  /** SHA-256 of the file's bytes: the same file is committed once per scale. */
  sha256: string;
}

/** Title rows may sit above the header, as in rosters; the header is among the first rows. */
const headerSearchRows = 10;

/**
 * Reads a screening export with the roster reader (XLSX, CSV in UTF-8 or GBK, the same size
 * limits). The header row is the first of the top rows that names a student-number column, or
 * else the first row.
 */
export async function readScreeningFile(file: { fileName: string; content: string }): Promise<ScreeningFile> {
  const bytes = Buffer.from(file.content, 'base64');
  let rows: RosterRow[];
  try {
    rows = (await readRosterFile(file.fileName, bytes)).rows;
  } catch (error) {
    if (error instanceof BackendError && error.code === 'IMPORT_FILE_TOO_LARGE') throw error;
    if (error instanceof BackendError) {
      throw new BackendError('SCREENING_FILE_INVALID', 'The file cannot be read as a table.');
    }
    throw error;
  }
  const found = rows
    .slice(0, headerSearchRows)
    .findIndex((row) => row.cells.some((cell) => headerField(cell) === 'studentNumber'));
  const index = Math.max(found, 0);
  const header = rows[index];
  if (!header) throw new BackendError('SCREENING_FILE_INVALID', 'The file holds no table.');
  const dataRows = rows.slice(index + 1);
  if (dataRows.length > maxImportRows) throw new BackendError('IMPORT_FILE_TOO_LARGE', 'The file has too many rows.');
  return { headers: header.cells, dataRows, sha256: createHash('sha256').update(bytes).digest('hex') };
}
