import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import {
  importRoster,
  openScreeningTab,
  phq9Band,
  rosterCsv,
  screeningClass,
  screeningCsv,
  startScreeningImport,
  sumOf,
  tableRows,
} from './support/screening-ui';
import { screenshot, setUpVault, text } from './support/ui';

const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const counselor = {
  schoolName: 'Tianjin No. 1 Middle School',
  counselorName: 'Li Wang',
  passphrase: 'clear-sky 2025 sunny',
};
const bandLabels: Record<string, string> = {
  minimal: 'Minimal depressive symptoms',
  mild: 'Mild depressive symptoms',
  moderate: 'Moderate depressive symptoms',
  'moderately-severe': 'Moderately severe depressive symptoms',
  severe: 'Severe depressive symptoms',
};
const bandOrder = Object.keys(bandLabels);

const students = screeningClass();
// A 41st student on the roster whose row has an answer no option fits, and a number no file has.
const withInvalidAnswer = { studentNumber: '2025341', name: '学生41', classNumber: 4 };
const extraRows = ['2099999,无名,0,0,0,0,0,0,0,0,0,', '2025341,学生41,0,0,5,0,0,0,0,0,0,'];
const totals = students.map((student) => sumOf(student.answers));
const expectedFlagged = students.filter((student, index) => totals[index]! >= 10 || student.answers[8]! >= 1);

describe('screening import and overview (English)', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('en'));
    await setUpVault(page, 'en', counselor);
    await importRoster(page, 'en', rosterCsv([...students, withInvalidAnswer]), 41);
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('the test data covers every band, and two students answer item 9', () => {
    expect(new Set(totals.map(phq9Band))).toEqual(new Set(bandOrder));
    expect(students.filter((student) => student.answers[8]! >= 1)).toHaveLength(2);
  });

  test('the screening tab starts empty and offers the import', async () => {
    await openScreeningTab(page, 'en');
    await page.getByText(en('screening.list.empty')).waitFor();
    await screenshot(page, 'screening-en-01-empty');
  });

  test('the preview lists the flagged students first and the two rows that cannot be imported, with reasons', async () => {
    await startScreeningImport(page, 'en', {
      scaleTitle: 'Patient Health Questionnaire-9 (PHQ-9)',
      title: 'Autumn 2026 screening, Junior 2',
      date: '2026-10-15',
      fileName: 'phq9-junior2.csv',
      file: screeningCsv(students, extraRows),
    });
    // The usual level for PHQ-9: moderate or above.
    await page.getByText('Moderate depressive symptoms or above').waitFor();
    expect(await page.getByTestId('screening-counts').locator('li').allInnerTexts()).toEqual([
      'Rows: 42',
      'Can be imported: 40',
      `Flagged: ${expectedFlagged.length}`,
      'Cannot be imported: 2',
    ]);

    const flagged = await tableRows(page, 'screening-flagged-rows');
    expect(flagged.map((row) => row[1]).sort()).toEqual(expectedFlagged.map((student) => student.studentNumber).sort());
    for (const row of flagged) {
      const index = students.findIndex((student) => student.studentNumber === row[1]);
      expect(row[2]).toBe(students[index]!.name);
      expect(row[4]).toBe(String(totals[index]));
      expect(row[5]).toBe(bandLabels[phq9Band(totals[index]!)]);
      expect(row[6]).toBe(students[index]!.answers[8]! >= 1 ? en('screening.critical.raised') : '');
    }
    // The critical ones first whatever their total, then by concern: the most severe first.
    expect(flagged.slice(0, 3).map((row) => [row[1], row[5]])).toEqual([
      [students[30]!.studentNumber, bandLabels['moderately-severe']],
      [students[7]!.studentNumber, bandLabels.moderate],
      [expect.any(String), bandLabels.severe],
    ]);

    const problems = await tableRows(page, 'screening-problem-rows');
    expect(problems.map((row) => [row[0], row[1], row[3]])).toEqual([
      ['42', '2099999', 'No student file has the number 2099999'],
      ['43', '2025341', 'The answer to item 3 cannot be read'],
    ]);
    expect(await tableRows(page, 'screening-other-rows')).toHaveLength(40 - expectedFlagged.length);
    await screenshot(page, 'screening-en-02-preview');
  });

  test('changing the mapping checks every row again', async () => {
    const item3 = page.getByTestId('screening-mapping-item-3');
    await item3.locator('.ant-select-clear').click({ force: true });
    // Without item 3 the invalid answer is no longer read; the row imports.
    await page.getByTestId('screening-counts').getByText('Can be imported: 41').waitFor();
    await screenshot(page, 'screening-en-03-mapping-changed');
    await item3.click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option[title="Column 5: Q3"]').click();
    await page.getByTestId('screening-counts').getByText('Can be imported: 40').waitFor();
  });

  test('importing stores the 40 results and shows the overview by class with the band distribution', async () => {
    await page.getByRole('button', { name: 'Import 40 results' }).click();
    const overview = page.getByTestId('screening-overview');
    await overview.getByRole('heading', { name: 'Autumn 2026 screening, Junior 2' }).waitFor();
    await page.getByTestId('screening-facts').getByText(`40 screened, ${expectedFlagged.length} flagged`).waitFor();

    const header = await page.getByTestId('screening-distribution').locator('thead th').allInnerTexts();
    expect(header.slice(0, 3)).toEqual(['Grade / class', 'Screened', 'Distribution']);
    expect(header.slice(3, 9)).toEqual([...bandOrder.map((band) => bandLabels[band]), 'Flagged']);
    const rows = await tableRows(page, 'screening-distribution');
    const expectedRow = (name: string, group: typeof students) => {
      const bands = group.map((student) => phq9Band(sumOf(student.answers)));
      const flaggedHere = group.filter((student) => expectedFlagged.includes(student)).length;
      return [
        name,
        String(group.length),
        ...bandOrder.map((band) => String(bands.filter((b) => b === band).length)),
        String(flaggedHere),
      ];
    };
    // The bar (third column) only repeats the numbers; it is read from the cells beside it.
    expect(rows.map((row) => [row[0], row[1], ...row.slice(3, 9)])).toEqual([
      expectedRow('Junior 2, class 3', students.slice(0, 20)),
      expectedRow('Junior 2, class 4', students.slice(20)),
      expectedRow('Junior 2 total', students),
      expectedRow('All', students),
    ]);
    const flaggedStudents = await tableRows(page, 'screening-flagged-students');
    expect(flaggedStudents).toHaveLength(expectedFlagged.length);
    expect(flaggedStudents.slice(0, 2).map((row) => row[5])).toEqual([
      en('screening.critical.raised'),
      en('screening.critical.raised'),
    ]);
    await screenshot(page, 'screening-en-04-overview');
  });

  test('a flagged student links to their file', async () => {
    const critical = students[30]!;
    await page.getByTestId('screening-flagged-students').getByRole('button', { name: critical.name }).click();
    await page.getByRole('heading', { name: critical.name, level: 1 }).waitFor();
    expect(await page.getByTestId('student-summary').innerText()).toContain(critical.studentNumber);
    await page.getByTestId('student-scales').getByText('PHQ-9').first().waitFor();
    await screenshot(page, 'screening-en-05-student-file');
  });

  test('the screening is listed, and importing the same file again is refused', async () => {
    await openScreeningTab(page, 'en');
    const list = await tableRows(page, 'screening-list');
    expect(list).toHaveLength(1);
    expect(list[0]!.slice(3)).toEqual(['40', String(expectedFlagged.length)]);
    await screenshot(page, 'screening-en-06-list');
    await startScreeningImport(page, 'en', {
      scaleTitle: 'Patient Health Questionnaire-9 (PHQ-9)',
      title: 'Again',
      date: '2026-10-15',
      fileName: 'phq9-junior2.csv',
      file: screeningCsv(students, extraRows),
    });
    await page.getByRole('button', { name: 'Import 40 results' }).click();
    await page.getByText(en('errors.SCREENING_ALREADY_IMPORTED')).waitFor();
  });
});
