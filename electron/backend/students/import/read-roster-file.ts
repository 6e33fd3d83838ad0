import { BackendError } from '../../errors';
import type { RosterRow } from './cell-text';
import type { TextEncoding } from './decode-text';
import { readCsv } from './read-csv';
import { readXlsx } from './read-xlsx';

export interface RosterFile {
  format: 'xlsx' | 'csv';
  encoding: TextEncoding | null;
  sheetName: string | null;
  rows: RosterRow[];
}

const zipMagic = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
/** The compound-file header of the old binary .xls (and .doc, .et) formats. */
const compoundFileMagic = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);

/**
 * Reads a roster by its name and its first bytes: the name alone is not trusted, so an old .xls
 * renamed to .xlsx is told apart from a damaged workbook, and text named .xlsx is refused.
 */
export async function readRosterFile(fileName: string, bytes: Buffer): Promise<RosterFile> {
  const extension = /\.([^.]*)$/.exec(fileName.toLowerCase())?.[1] ?? '';
  if (bytes.subarray(0, compoundFileMagic.length).equals(compoundFileMagic) || extension === 'xls') {
    throw new BackendError('IMPORT_FORMAT_UNSUPPORTED', 'Old binary Excel files are not read; save as XLSX.');
  }
  if (extension === 'xlsx') {
    if (!bytes.subarray(0, zipMagic.length).equals(zipMagic)) {
      throw new BackendError('IMPORT_FILE_INVALID', 'The file is not an XLSX workbook.');
    }
    const { sheetName, rows } = await readXlsx(bytes);
    return { format: 'xlsx', encoding: null, sheetName, rows };
  }
  if (extension === 'csv' || extension === 'txt') {
    const { encoding, rows } = readCsv(bytes);
    return { format: 'csv', encoding, sheetName: null, rows };
  }
  throw new BackendError('IMPORT_FORMAT_UNSUPPORTED', 'Only XLSX and CSV files are read.');
}
