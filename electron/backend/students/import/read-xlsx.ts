import { type CellValue, Workbook } from 'exceljs';
import { maxImportColumns } from '../../../../shared/schemas/student-import';
import { BackendError } from '../../errors';
import { cellText, type RosterRow } from './cell-text';
import { maxFileRows } from './file-limits';
import { checkZipLimits } from './zip-limits';

/**
 * The rows of the first visible worksheet that has any. Formulas give their cached result,
 * never the formula text; rich text and hyperlinks give their text; date cells give the day.
 */
export async function readXlsx(bytes: Buffer): Promise<{ sheetName: string; rows: RosterRow[] }> {
  checkZipLimits(bytes);
  const workbook = new Workbook();
  try {
    // exceljs declares a global `Buffer extends ArrayBuffer` that Node's own Buffer type no longer fits.
    await workbook.xlsx.load(bytes as unknown as Parameters<typeof workbook.xlsx.load>[0]);
  } catch {
    throw new BackendError('IMPORT_FILE_INVALID', 'The file is not a readable XLSX workbook.');
  }
  const sheet = workbook.worksheets.find((candidate) => candidate.state === 'visible' && candidate.actualRowCount > 0);
  if (!sheet) return { sheetName: workbook.worksheets[0]?.name ?? '', rows: [] };
  if (sheet.actualRowCount > maxFileRows) {
    throw new BackendError('IMPORT_FILE_TOO_LARGE', 'The worksheet has too many rows.');
  }
  const rows: RosterRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      const text = valueText(cell.value);
      if (text === '') return;
      if (column > maxImportColumns) {
        throw new BackendError('IMPORT_FILE_TOO_LARGE', 'The worksheet has too many columns.');
      }
      while (cells.length < column - 1) cells.push('');
      cells.push(text);
    });
    rows.push({ rowNumber, cells });
  });
  return { sheetName: sheet.name, rows: rows.filter((row) => row.cells.length > 0) };
}

function valueText(value: CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date || typeof value === 'string') return cellText(value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if ('richText' in value) return cellText(value.richText.map((run) => run.text).join(''));
  if ('hyperlink' in value) return valueText(value.text as CellValue);
  if ('result' in value) return valueText((value.result ?? null) as CellValue);
  return '';
}
