import type { Page } from 'playwright-core';
import { csvBytes } from '../../fixtures/rosters/sample-rosters';
import type { UiLanguage } from './chromium';
import { chooseRosterFile, openStudents, pickOption } from './students-ui';
import { text } from './ui';

export interface ScreenedStudent {
  studentNumber: string;
  name: string;
  classNumber: number;
  /** PHQ-9 items 1–9, each 0–3. */
  answers: number[];
}

export const sumOf = (values: readonly number[]) => values.reduce((sum, value) => sum + value, 0);

/** PHQ-9's shipped bands (docs/scales.md), by their ids. */
export function phq9Band(total: number): string {
  if (total <= 4) return 'minimal';
  if (total <= 9) return 'mild';
  if (total <= 14) return 'moderate';
  if (total <= 19) return 'moderately-severe';
  return 'severe';
}

/**
 * Items 1–8 adding up to `total` (at most 24): ones first, then the rest from item 8 backwards.
 * Below 10 points items 1 and 2 stay under 2, so PHQ-9's syndrome rule (concern 2 and up) only
 * ever holds where the total's band already flags the student.
 */
function itemsFor(total: number): number[] {
  const items = Array.from({ length: 8 }, (_unused, index) => (index < total ? 1 : 0));
  let rest = total - sumOf(items);
  for (let index = 7; index >= 0 && rest > 0; index -= 1) {
    const extra = Math.min(2, rest);
    items[index]! += extra;
    rest -= extra;
  }
  return items;
}

/**
 * Forty students of 初二 in two classes, whose totals run through every band; the students at
 * positions 7 and 30 answer item 9 with 1 and 2 (a critical item, whatever the total).
 */
export function screeningClass(): ScreenedStudent[] {
  const totals = [0, 1, 3, 4, 5, 6, 8, 9, 10, 11, 13, 14, 15, 17, 19, 20, 22, 24];
  return Array.from({ length: 40 }, (_unused, index) => {
    const item9 = index === 7 ? 1 : index === 30 ? 2 : 0;
    const total = totals[index % totals.length]!;
    return {
      studentNumber: `2025${String(301 + index)}`,
      name: `学生${String(index + 1).padStart(2, '0')}`,
      classNumber: index < 20 ? 3 : 4,
      answers: [...itemsFor(Math.min(total, 24)), item9],
    };
  });
}

/** The roster as a UTF-8 CSV the roster import reads. */
export function rosterCsv(students: readonly { studentNumber: string; name: string; classNumber: number }[]): Buffer {
  const lines = [
    '学号,姓名,性别,班级',
    ...students.map((s) => `${s.studentNumber},${s.name},女,初二(${s.classNumber})班`),
  ];
  return csvBytes(`${lines.join('\r\n')}\r\n`, 'utf-8');
}

/** A screening export as survey tools write it: 学号, 姓名, then Q1 … Q10; extra rows appended as given. */
export function screeningCsv(students: readonly ScreenedStudent[], extraRows: readonly string[]): Buffer {
  const header = ['学号', '姓名', ...Array.from({ length: 10 }, (_unused, index) => `Q${index + 1}`)].join(',');
  const rows = students.map((student) => {
    // Item 10 is asked only when some answer is above 0.
    const item10 = student.answers.some((value) => value > 0) ? '1' : '';
    return [student.studentNumber, student.name, ...student.answers, item10].join(',');
  });
  return csvBytes(`${[header, ...rows, ...extraRows].join('\r\n')}\r\n`, 'utf-8-bom');
}

/** Imports a roster file through the roster import and waits for its result. */
export async function importRoster(page: Page, language: UiLanguage, file: Buffer, count: number): Promise<void> {
  await openStudents(page, language);
  await page
    .getByRole('button', { name: text(language, 'students.actions.import') })
    .first()
    .click();
  await chooseRosterFile(page, 'roster.csv', file);
  await page.getByRole('button', { name: text(language, 'students.import.preview.commit', { count }) }).click();
  await page
    .getByTestId('import-result')
    .getByText(text(language, 'students.import.result.imported', { count }))
    .waitFor();
}

/** Opens 量表测评 / Scales and its screening tab. */
export async function openScreeningTab(page: Page, language: UiLanguage): Promise<void> {
  await page.getByRole('menuitem', { name: text(language, 'frame.sections.scales') }).click();
  await page.getByRole('tab', { name: text(language, 'screening.tab') }).click();
  await page.getByRole('button', { name: text(language, 'screening.list.import') }).waitFor();
}

/** Starts an import: the scale, a title, the date, then the file. */
export async function startScreeningImport(
  page: Page,
  language: UiLanguage,
  options: { scaleTitle: string; title: string; date: string; fileName: string; file: Buffer },
): Promise<void> {
  const t = (key: string) => text(language, key);
  await page.getByRole('button', { name: t('screening.list.import') }).click();
  await page.getByLabel(t('screening.import.scale'), { exact: true }).click();
  await pickOption(page, options.scaleTitle);
  await page.getByLabel(t('screening.import.title'), { exact: true }).fill(options.title);
  await page.getByLabel(t('screening.import.date'), { exact: true }).fill(options.date);
  const panel = page.getByRole('tabpanel', { name: t('screening.tab') });
  await panel.locator('input[type="file"]').setInputFiles({
    name: options.fileName,
    mimeType: 'text/csv',
    buffer: options.file,
  });
  await page.getByTestId('screening-counts').waitFor();
}

/** The texts of a table's body rows, cell by cell. */
export async function tableRows(page: Page, testId: string): Promise<string[][]> {
  const rows = page.getByTestId(testId).locator('tbody tr.ant-table-row');
  return Promise.all((await rows.all()).map((row) => row.locator('td').allInnerTexts()));
}
