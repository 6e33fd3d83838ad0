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
import { screenshot, setUpVault } from './support/ui';

const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };
const students = screeningClass();
const flaggedCount = students.filter((student) => sumOf(student.answers) >= 10 || student.answers[8]! >= 1).length;

describe('心理普查: importing a screening and reading its overview, in Chinese', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await setUpVault(page, 'zh-CN', counselor);
    await importRoster(page, 'zh-CN', rosterCsv(students), 40);
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('the preview names the flagged students and why a row cannot be imported', async () => {
    await openScreeningTab(page, 'zh-CN');
    await screenshot(page, 'screening-zh-01-empty');
    await startScreeningImport(page, 'zh-CN', {
      scaleTitle: '患者健康问卷-9（PHQ-9）',
      title: '2026 年秋季初二心理普查',
      date: '2026-10-15',
      fileName: '初二普查.csv',
      file: screeningCsv(students, ['2099999,无名,0,0,0,0,0,0,0,0,0,']),
    });
    await page.getByText('中度抑郁症状及以上').waitFor();
    expect(await page.getByTestId('screening-counts').locator('li').allInnerTexts()).toEqual([
      '共 41 行',
      '可以导入：40',
      `需关注：${flaggedCount}`,
      '无法导入：1',
    ]);
    expect(await tableRows(page, 'screening-problem-rows')).toEqual([
      ['42', '2099999', '', '学号 2099999 在学生档案中找不到'],
    ]);
    await page.getByRole('heading', { name: `需要关注的学生（${flaggedCount}）` }).waitFor();
    await screenshot(page, 'screening-zh-02-preview');
  });

  test('the overview shows each class with its bands, and a flagged name opens the file', async () => {
    await page.getByRole('button', { name: '导入 40 条结果' }).click();
    await page.getByTestId('screening-facts').getByText(`参加 40 人，需关注 ${flaggedCount} 人`).waitFor();
    const rows = await tableRows(page, 'screening-distribution');
    expect(rows.map((row) => row[0])).toEqual(['初二(3)班', '初二(4)班', '初二合计', '全部合计']);
    const severe = students.filter((student) => phq9Band(sumOf(student.answers)) === 'severe').length;
    expect(rows[3]![7]).toBe(String(severe));
    await screenshot(page, 'screening-zh-03-overview');
    await page.getByTestId('screening-flagged-students').getByRole('button', { name: '学生08' }).click();
    await page.getByRole('heading', { name: '学生08', level: 1 }).waitFor();
    await screenshot(page, 'screening-zh-04-student-file');
  });
});
