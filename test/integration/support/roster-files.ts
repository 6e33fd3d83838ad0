import type { ChannelInput } from '../../../shared/contract';
import { csvBytes, type RosterCell, xlsxBytes } from '../../fixtures/rosters/sample-rosters';

/** A student file with what the form requires, and anything else the test sets. */
export function newStudent(overrides: Partial<ChannelInput<'students.create'>> = {}): ChannelInput<'students.create'> {
  return { name: '张三', studentNumber: '2023001', grade: 'J2', classNumber: 3, ...overrides };
}

/** An XLSX workbook as the contract carries it (base64). */
export async function xlsxFile(rows: RosterCell[][], sheetName?: string): Promise<string> {
  return (await xlsxBytes(rows, sheetName)).toString('base64');
}

/** A CSV file as the contract carries it (base64). */
export function csvFile(text: string, encoding: Parameters<typeof csvBytes>[1]): string {
  return csvBytes(text, encoding).toString('base64');
}
