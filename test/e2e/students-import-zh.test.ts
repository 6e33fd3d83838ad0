import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { sampleRosterGbkCsv, sampleRosterXlsx } from '../fixtures/rosters/sample-rosters';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import {
  chooseRosterFile,
  openStudents,
  pickOption,
  rosterCount,
  rosterNames,
  searchRoster,
} from './support/students-ui';
import { mainMenu, screenshot, setUpVault, text } from './support/ui';

const zh = (key: string, values?: Record<string, string | number>) => text('zh-CN', key, values);
const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };

describe('importing the school roster and finding students, in Chinese', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await setUpVault(page, 'zh-CN', counselor);
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('with no students yet, the roster offers to add one or import a roster', async () => {
    expect(await page.getByRole('menuitem').allTextContents()).toEqual(mainMenu['zh-CN']);
    await openStudents(page, 'zh-CN');
    const empty = page.getByTestId('roster-empty');
    await empty.getByText('还没有学生档案').waitFor();
    await empty.getByRole('button', { name: '新建档案' }).waitFor();
    await screenshot(page, 'students-zh-01-empty');
    await empty.getByRole('button', { name: '导入名单' }).click();
    await page.getByRole('heading', { name: '导入学生名单' }).waitFor();
    await screenshot(page, 'students-zh-02-import-choose');
  });

  test('an XLSX roster is previewed with its problems and a mapping that can be changed', async () => {
    await chooseRosterFile(page, '学生名单.xlsx', await sampleRosterXlsx());
    const facts = page.getByTestId('import-facts');
    await facts.getByText('Excel 工作簿（.xlsx）').waitFor();
    await facts.getByText('学生名单', { exact: true }).waitFor();
    await facts.getByText('第 2 行').waitFor();
    const summary = page.getByTestId('import-summary');
    await summary.getByText('新学生（4）').waitFor();
    await summary.getByText('有问题（1）').waitFor();
    const missingName = page.locator('.import-rows .ant-table-row').filter({ hasText: '姓名未填写' });
    expect(await missingName.getByRole('cell').first().textContent()).toBe('7');
    await page.getByRole('button', { name: '导入 4 名新学生' }).waitFor();
    await screenshot(page, 'students-zh-03-import-preview');

    // Taking 姓名 off its column re-checks every row: now none has a name.
    const nameColumn = page.getByLabel('第 2 列（姓名）导入为');
    await nameColumn.click();
    await pickOption(page, '姓名');
    await page.keyboard.press('Escape');
    await summary.getByText('有问题（5）').waitFor();
    await page.getByText(zh('students.import.preview.mappingMissing', { fields: '姓名' })).waitFor();
    expect(await page.getByRole('button', { name: '导入 0 名新学生' }).isDisabled()).toBe(true);
    await screenshot(page, 'students-zh-04-import-mapping-changed');
    await nameColumn.click();
    await pickOption(page, '姓名');
    await page.keyboard.press('Escape');
    await summary.getByText('新学生（4）').waitFor();
  });

  test('importing writes the new rows and lists the rest; the same file again changes nothing', async () => {
    await page.getByRole('button', { name: '导入 4 名新学生' }).click();
    await page.getByTestId('import-result').getByText('已导入 4 名新学生。').waitFor();
    const counts = await page.getByTestId('import-counts').locator('li').allTextContents();
    expect(counts).toEqual([
      '已导入的新学生：4',
      '已有且相同，已跳过：0',
      '已有但内容不同，未覆盖：0',
      '有问题，未导入：1',
    ]);
    await page.locator('.import-rows .ant-table-row').filter({ hasText: '姓名未填写' }).waitFor();
    await screenshot(page, 'students-zh-05-import-result');

    await page.getByRole('button', { name: '再导入一个文件' }).click();
    await chooseRosterFile(page, '学生名单.xlsx', await sampleRosterXlsx());
    await page.getByTestId('import-summary').getByText('已有，相同（4）').waitFor();
    await page.getByText('这个文件里没有需要导入的新学生。').waitFor();
    expect(await page.getByRole('button', { name: '导入 0 名新学生' }).isDisabled()).toBe(true);

    await page.getByRole('button', { name: '换一个文件' }).click();
    await chooseRosterFile(page, '学生名单.csv', sampleRosterGbkCsv());
    await page.getByTestId('import-facts').getByText('GBK（中文版 Excel 的默认编码）').waitFor();
    await page.getByTestId('import-summary').getByText('已有，相同（4）').waitFor();
    await page.locator('.import-rows .ant-table-row').filter({ hasText: '曾小红' }).waitFor();
    await screenshot(page, 'students-zh-06-import-again-unchanged');
  });

  test('the roster finds students by pinyin initials, full pinyin and number, and filters by grade', async () => {
    await page.getByRole('button', { name: '返回学生名单' }).click();
    await expect.poll(() => rosterCount(page)).toBe('共 4 名学生');
    expect(await rosterNames(page)).toEqual(['曾小红', '张三', '李四', '单明']);
    expect(await page.locator('.roster-row').filter({ hasText: '张三' }).textContent()).toContain('初二(3)班');
    await screenshot(page, 'students-zh-07-roster');

    await searchRoster(page, 'zh-CN', 'zs');
    await expect.poll(() => rosterNames(page)).toEqual(['张三']);
    await screenshot(page, 'students-zh-08-roster-search');
    await searchRoster(page, 'zh-CN', 'zengxiaohong');
    await expect.poll(() => rosterNames(page)).toEqual(['曾小红']);
    await searchRoster(page, 'zh-CN', '2025004');
    await expect.poll(() => rosterNames(page)).toEqual(['单明']);
    await searchRoster(page, 'zh-CN', 'nobody');
    await page.getByText('没有符合条件的学生').waitFor();
    await screenshot(page, 'students-zh-09-roster-no-match');
    await page.getByRole('button', { name: '清除筛选' }).click();
    await expect.poll(() => rosterCount(page)).toBe('共 4 名学生');

    await page.getByLabel('年级', { exact: true }).click();
    await pickOption(page, '初二');
    await expect.poll(() => rosterNames(page)).toEqual(['张三', '李四']);
    await page.getByLabel('班级', { exact: true }).fill('4');
    await expect.poll(() => rosterCount(page)).toBe('共 0 名学生');
  });

  test('a row opens the student file, which the import filled in', async () => {
    await page.getByRole('button', { name: '清除筛选' }).click();
    await page.locator('.roster-row').filter({ hasText: '张三' }).click();
    await page.getByRole('heading', { name: '张三', level: 1 }).waitFor();
    expect(await page.getByTestId('student-summary').innerText()).toContain('初二(3)班');
    expect(await page.getByLabel('学号', { exact: true }).inputValue()).toBe('2025001');
    expect(await page.getByLabel('出生日期').inputValue()).toBe('2012-05-03');
    expect(await page.getByLabel('班主任').inputValue()).toBe('王老师');
    expect(await page.getByLabel('监护人姓名').inputValue()).toBe('张父');
    expect(await page.getByLabel('联系电话').inputValue()).toBe('13800138000');
    await screenshot(page, 'students-zh-10-file');
  });
});
