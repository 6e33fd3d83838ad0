import { Workbook } from 'exceljs';
import type { Language } from '../../../shared/schemas/common';
import type { LedgerFile, LedgerRow } from '../../../shared/schemas/crisis-records';
import { ledgerCells, ledgerColumns, wideLedgerColumns } from '../../../shared/domain/crisis/ledger-cells';
import { ledgerTranslate } from './ledger-texts';

/**
 * Text a spreadsheet would read as a formula (=, +, -, @, or a tab or carriage return before
 * one) gets a leading apostrophe, so a typed note can never run when the file is opened or
 * saved again as CSV.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * The ledger as an XLSX workbook: one header row in the chosen language, one row per case,
 * every cell text (days as `YYYY-MM-DD`, so no time zone can shift them). The file name holds
 * the date only, never a student's name: it shows in folders and recent-file lists.
 */
export async function ledgerWorkbook(
  rows: readonly LedgerRow[],
  language: Language,
  today: string,
): Promise<LedgerFile> {
  const say = ledgerTranslate(language);
  const workbook = new Workbook();
  const sheet = workbook.addWorksheet(say('crisisLedger.sheetName'), {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: { orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  sheet.columns = ledgerColumns.map((column) => ({
    key: column,
    header: say(`crisisLedger.columns.${column}`),
    width: wideLedgerColumns.has(column) ? 40 : 14,
  }));
  sheet.getRow(1).font = { bold: true };
  rows.forEach((row, index) => {
    const cells = ledgerCells(say, row, index, language);
    sheet.addRow(ledgerColumns.map((column) => neutraliseFormula(cells[column])));
  });
  const bytes = await workbook.xlsx.writeBuffer();
  return {
    fileName: `${say('crisisLedger.fileName', { date: today })}.xlsx`,
    content: Buffer.from(bytes).toString('base64'),
  };
}
