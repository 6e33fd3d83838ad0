import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { csvBytes } from '../fixtures/rosters/sample-rosters';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { chooseRosterFile, openStudents, rosterCount, rosterNames, searchRoster } from './support/students-ui';
import { screenshot, setUpVault } from './support/ui';

const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };
const gradeNames = [
  '一年级',
  '二年级',
  '三年级',
  '四年级',
  '五年级',
  '六年级',
  '初一',
  '初二',
  '初三',
  '高一',
  '高二',
  '高三',
];
const surnames = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗';
const givenNames = '子涵浩然欣怡梓轩雨桐宇航思远佳琪一诺晨曦';

/** A large school: 12 grades × 5 classes × 50 students, numbered in school order. */
function largeRoster(): Buffer {
  const lines = ['学号,姓名,年级,班级'];
  let number = 0;
  for (const grade of gradeNames) {
    for (let classNumber = 1; classNumber <= 5; classNumber++) {
      for (let seat = 0; seat < 50; seat++) {
        const name = surnames[number % surnames.length]! + givenNames[(number * 7) % givenNames.length]!;
        lines.push(`${26_000_001 + number},${name},${grade},${classNumber}`);
        number++;
      }
    }
  }
  return csvBytes(`${lines.join('\n')}\n`, 'utf-8');
}

describe('a roster of 3,000 students stays quick', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await setUpVault(page, 'zh-CN', counselor);
    await openStudents(page, 'zh-CN');
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('3,000 rows import in one go', async () => {
    await page.getByTestId('roster-empty').getByRole('button', { name: '导入名单' }).click();
    await chooseRosterFile(page, '全校名单.csv', largeRoster());
    await page.getByTestId('import-summary').getByText('新学生（3000）').waitFor();
    await page.getByRole('button', { name: '导入 3000 名新学生' }).click();
    await page.getByTestId('import-result').getByText('已导入 3000 名新学生。').waitFor({ timeout: 30_000 });
  });

  test('the table draws only the rows in view and loads more pages as it scrolls to the end', async () => {
    await page.getByRole('button', { name: '查看学生名单' }).click();
    await expect.poll(() => rosterCount(page)).toBe('共 3000 名学生，已显示 200 名，向下滚动显示更多');
    expect(await page.locator('.roster-row').count()).toBeLessThan(40);
    await screenshot(page, 'students-zh-21-roster-3000');

    const started = Date.now();
    const table = page.getByTestId('roster-table');
    await table.hover();
    while ((await rosterCount(page)) !== '共 3000 名学生') {
      await page.mouse.wheel(0, 20_000);
      await page.waitForTimeout(50);
      expect(Date.now() - started, 'scrolling through 3,000 students').toBeLessThan(30_000);
    }
    // The last student in school order: 高三(5)班, seat 50, once the last page has been scrolled to.
    const lastRow = () => page.locator('.roster-row').last().innerText();
    await expect
      .poll(async () => {
        await page.mouse.wheel(0, 20_000);
        return lastRow();
      })
      .toContain('26003000');
    expect(await page.locator('.roster-row').last().innerText()).toContain('高三(5)班');
    expect(await page.locator('.roster-row').count()).toBeLessThan(40);
  });

  test('searching among 3,000 students by number answers at once', async () => {
    await searchRoster(page, 'zh-CN', '26001234');
    await expect.poll(() => rosterCount(page)).toBe('共 1 名学生');
    expect((await rosterNames(page)).length).toBe(1);
    expect(await page.locator('.roster-row').first().innerText()).toContain('26001234');
  });
});
