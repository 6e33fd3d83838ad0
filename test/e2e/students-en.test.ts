import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleRosterGbkCsv } from '../fixtures/rosters/sample-rosters';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import {
  chooseRosterFile,
  chooseStatus,
  openStudents,
  pickOption,
  rosterCount,
  rosterNames,
  searchRoster,
} from './support/students-ui';
import { mainMenu, screenshot, setUpVault, text } from './support/ui';

const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const counselor = {
  schoolName: 'Tianjin No. 1 Middle School',
  counselorName: 'Li Na',
  passphrase: 'willow by the haihe river',
};

describe('students in English: a GBK CSV roster, files, and the new school year', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  const field = (label: string) => page.getByLabel(label, { exact: true });

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('en'));
    await setUpVault(page, 'en', counselor);
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('the empty roster and the import wizard speak English', async () => {
    expect(await page.getByRole('menuitem').allTextContents()).toEqual(mainMenu['en']);
    await openStudents(page, 'en');
    await page.getByTestId('roster-empty').getByText('No student files yet').waitFor();
    await screenshot(page, 'students-en-01-empty');
    await page.getByTestId('roster-empty').getByRole('button', { name: 'Import roster' }).click();
    await page.getByText('Click to choose a file, or drop it here').waitFor();
    await screenshot(page, 'students-en-02-import-choose');
  });

  test('a file over the size limit is refused before it is read', async () => {
    await chooseRosterFile(page, 'huge.csv', Buffer.alloc(5 * 1024 * 1024 + 1, 0x41));
    await page.getByTestId('import-error').getByText(en('errors.IMPORT_FILE_TOO_LARGE')).waitFor();
    await chooseRosterFile(page, 'roster.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
    await page.getByTestId('import-error').getByText(en('errors.IMPORT_FORMAT_UNSUPPORTED')).waitFor();
  });

  test('a GBK CSV roster is decoded, previewed with its problem row, and imported', async () => {
    await chooseRosterFile(page, 'roster.csv', sampleRosterGbkCsv());
    await page.getByTestId('import-facts').getByText("GBK (Chinese Excel's default)").waitFor();
    await page.getByTestId('import-facts').getByText('Row 2').waitFor();
    await page.getByTestId('import-summary').getByText('Has problems (1)').waitFor();
    const problemRow = page.locator('.import-rows .ant-table-row').filter({ hasText: 'Name is empty' });
    expect(await problemRow.getByRole('cell').first().textContent()).toBe('7');
    await page.locator('.import-rows .ant-table-row').filter({ hasText: '曾小红' }).waitFor();
    await screenshot(page, 'students-en-03-import-preview');
    await page.getByRole('button', { name: 'Import the new students (4)' }).click();
    await page.getByTestId('import-result').getByText('New students imported: 4.').waitFor();
    await screenshot(page, 'students-en-04-import-result');

    await page.getByRole('button', { name: 'Import another file' }).click();
    await chooseRosterFile(page, 'roster.csv', sampleRosterGbkCsv());
    await page.getByTestId('import-summary').getByText('Exists, same (4)').waitFor();
    await page.getByText('There are no new students to import in this file.').waitFor();
    expect(await page.getByRole('button', { name: 'Import the new students (0)' }).isDisabled()).toBe(true);
    await screenshot(page, 'students-en-05-import-again-unchanged');
    await page.getByRole('button', { name: 'Back to the students' }).click();
  });

  test('the roster reads grades in English and finds 张三 by zs', async () => {
    await expect.poll(() => rosterCount(page)).toBe('Students: 4');
    expect(await page.locator('.roster-row').filter({ hasText: '张三' }).innerText()).toContain('Junior 2, class 3');
    await screenshot(page, 'students-en-06-roster');
    await searchRoster(page, 'en', 'zs');
    await expect.poll(() => rosterNames(page)).toEqual(['张三']);
    await searchRoster(page, 'en', 'nobody');
    await page.getByText('No student matches').waitFor();
    await screenshot(page, 'students-en-07-roster-no-match');
    await searchRoster(page, 'en', '');
    await field('Grade').click();
    await pickOption(page, 'Senior 1');
    await expect.poll(() => rosterNames(page)).toEqual(['单明']);
    await screenshot(page, 'students-en-08-roster-filtered');
    await page.locator('.roster-row').filter({ hasText: '单明' }).click();
    await page.getByRole('heading', { name: '单明', level: 1 }).waitFor();
    expect(await page.getByTestId('student-summary').innerText()).toContain('Senior 1, class 2');
    await screenshot(page, 'students-en-09-file');
  });

  test('a new file is checked, and a taken number names the file that has it', async () => {
    await page.getByRole('button', { name: 'Back to the students' }).click();
    await page.getByRole('button', { name: 'New student' }).first().click();
    await page.getByRole('button', { name: 'Create the file' }).click();
    await page.getByText('Enter the name').waitFor();
    await page.getByText('Choose the grade').waitFor();
    await screenshot(page, 'students-en-10-new-validation');
    await field('Date of birth').fill('2013-04-05');
    await page.locator('.ant-picker-dropdown:visible').waitFor();
    await screenshot(page, 'students-en-11-date-picker');
    await field('Date of birth').press('Enter');
    await field('Name').fill('Wang Fang');
    await field('Student number').fill('2025001');
    await field('Grade').click();
    await pickOption(page, 'Junior 1');
    await page.getByRole('button', { name: 'Create the file' }).click();
    await page
      .getByTestId('duplicate-number')
      .getByText(
        en('students.file.duplicateNamed', { number: '2025001', name: '张三', className: 'Junior 2, class 3' }),
      )
      .waitFor();
    await screenshot(page, 'students-en-12-duplicate-number');
    await field('Student number').fill('2025009');
    await page.getByRole('button', { name: 'Create the file' }).click();
    await page.getByRole('heading', { name: 'Wang Fang', level: 1 }).waitFor();
  });

  test('archiving asks first, in English', async () => {
    await page.getByRole('button', { name: 'Archive' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archive the file of Wang Fang?' });
    await dialog.getByText(en('students.file.archiveText')).waitFor();
    await screenshot(page, 'students-en-13-archive-confirm');
    await dialog.getByRole('button', { name: 'Archive' }).click();
    await page.getByTestId('status-notice').waitFor();
    await screenshot(page, 'students-en-14-file-archived');
  });

  test('the new school year explains itself and reports what it did', async () => {
    await page.getByRole('button', { name: 'Back to the students' }).click();
    // The roster comes back as it was left: Senior 1 only.
    await expect.poll(() => rosterNames(page)).toEqual(['单明']);
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await chooseStatus(page, 'All');
    await expect.poll(() => rosterCount(page)).toBe('Students: 5');
    await page.getByRole('button', { name: 'Start new school year' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(en('students.promote.graduate')).waitFor();
    await screenshot(page, 'students-en-15-promote-confirm');
    await dialog.getByRole('button', { name: 'Move everyone up' }).click();
    await dialog
      .getByTestId('promotion-result')
      .getByText(en('students.promote.done', { promoted: 4, graduated: 0 }))
      .waitFor();
    await screenshot(page, 'students-en-16-promote-done');
    await dialog.getByRole('button', { name: 'Done' }).click();
    expect(await page.locator('.roster-row').filter({ hasText: '张三' }).innerText()).toContain('Junior 3, class 3');

    await page.getByRole('button', { name: 'Start new school year' }).click();
    await dialog.getByRole('button', { name: 'Move everyone up' }).click();
    await dialog.getByTestId('promotion-error').getByText(en('errors.SCHOOL_YEAR_ALREADY_PROMOTED')).waitFor();
    await screenshot(page, 'students-en-17-promote-refused');
  });
});
