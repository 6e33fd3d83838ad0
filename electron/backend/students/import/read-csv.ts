import { type Info, parse } from 'csv-parse/sync';
import { maxImportColumns } from '../../../../shared/schemas/student-import';
import { BackendError } from '../../errors';
import { cellText, type RosterRow, withoutTrailingEmptyCells } from './cell-text';
import { decodeText, type TextEncoding } from './decode-text';
import { maxFileRows } from './file-limits';

/** Comma is the standard; WPS and Excel's "text" export use tabs, some locales semicolons. */
const delimiters = [',', '\t', ';'] as const;

/** The delimiter that splits the first line most often. */
export function detectDelimiter(text: string): string {
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  let best: string = delimiters[0];
  let bestCount = 0;
  for (const delimiter of delimiters) {
    const count = firstLine.split(delimiter).length - 1;
    if (count > bestCount) [best, bestCount] = [delimiter, count];
  }
  return best;
}

/**
 * The rows of a CSV file with the row numbers Excel would show (empty lines count, a quoted
 * cell over several lines does not). Text that cannot be a table (NUL characters, undecodable
 * bytes) is refused rather than imported as garbage.
 */
export function readCsv(bytes: Buffer): { encoding: TextEncoding; rows: RosterRow[] } {
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000') || countOf(text, '\uFFFD') > text.length / 100) {
    throw new BackendError('IMPORT_FILE_INVALID', 'The file is not readable text.');
  }
  let records: { record: string[]; info: Info }[];
  try {
    // csv-parse's types do not model `info: true`, which wraps each record with its position.
    records = parse(text, {
      delimiter: detectDelimiter(text),
      relax_column_count: true,
      relax_quotes: true,
      skip_empty_lines: true,
      info: true,
      to: maxFileRows + 1,
    }) as unknown as { record: string[]; info: Info }[];
  } catch {
    throw new BackendError('IMPORT_FILE_INVALID', 'The file is not a readable CSV table.');
  }
  if (records.length > maxFileRows) {
    throw new BackendError('IMPORT_FILE_TOO_LARGE', 'The file has too many rows.');
  }
  const rows = records.map(({ record, info }) => ({
    rowNumber: info.records + info.empty_lines,
    cells: withoutTrailingEmptyCells(record.map(cellText)),
  }));
  if (rows.some((row) => row.cells.length > maxImportColumns)) {
    throw new BackendError('IMPORT_FILE_TOO_LARGE', 'The file has too many columns.');
  }
  return { encoding, rows: rows.filter((row) => row.cells.length > 0) };
}

function countOf(text: string, character: string): number {
  return text.split(character).length - 1;
}
