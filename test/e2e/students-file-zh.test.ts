import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { chooseStatus, openStudents, pickOption, rosterCount, rosterNames } from './support/students-ui';
import { screenshot, setUpVault, text } from './support/ui';

const zh = (key: string, values?: Record<string, string | number>) => text('zh-CN', key, values);
const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };

describe('student files: create, refuse a duplicate number, edit, archive, new school year (Chinese)', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  const field = (label: string) => page.getByLabel(label, { exact: true });
  const choose = async (label: string, option: string) => {
    await field(label).click();
    await pickOption(page, option);
  };
  const newFile = async (name: string, studentNumber: string, grade: string) => {
    await page.getByRole('button', { name: '新建档案' }).first().click();
    await page.getByRole('heading', { name: '新建学生档案' }).waitFor();
    await field('姓名').fill(name);
    await field('学号').fill(studentNumber);
    await choose('年级', grade);
  };
  const backToRoster = async () => {
    await page.getByRole('button', { name: '返回学生名单' }).click();
    await page.getByRole('heading', { name: '学生档案', level: 1 }).waitFor();
  };

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await setUpVault(page, 'zh-CN', counselor);
    await openStudents(page, 'zh-CN');
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('a new file needs a name, a number and a grade, and then keeps every field', async () => {
    await page.getByRole('button', { name: '新建档案' }).first().click();
    await page.getByRole('button', { name: '创建档案' }).click();
    await page.getByText('请填写姓名').waitFor();
    await page.getByText('请填写学号').waitFor();
    await page.getByText('请选择年级').waitFor();
    await field('学号').fill('2025 101');
    await page.getByText('学号只能包含字母、数字和连字符（-）').waitFor();
    await screenshot(page, 'students-zh-11-new-validation');

    await field('姓名').fill('王小明');
    await field('学号').fill('2025101');
    await choose('性别', '男');
    await field('出生日期').fill('2013-04-05');
    await page.locator('.ant-picker-dropdown:visible').waitFor();
    await screenshot(page, 'students-zh-12-date-picker');
    await field('出生日期').press('Enter');
    await choose('年级', '初一');
    await field('班级').fill('2');
    await field('入学年份').fill('2025');
    await field('班主任').fill('李老师');
    await choose('家庭结构', '隔代抚养');
    await page.getByRole('button', { name: '添加监护人' }).click();
    await field('监护人姓名').fill('王奶奶');
    await field('与学生关系').fill('奶奶');
    await field('联系电话').fill('022-2345 6789');
    await page.getByLabel('留守儿童').check();
    await page.getByLabel('家庭困难').check();
    await field('备注').fill('父母在外地工作，由奶奶照顾。');
    await page.getByRole('button', { name: '创建档案' }).click();
    await page.getByText('档案已创建').waitFor();
    await page.getByRole('heading', { name: '王小明', level: 1 }).waitFor();
    expect(await page.getByTestId('student-summary').innerText()).toContain('初一(2)班');
    await screenshot(page, 'students-zh-13-file-created');

    await backToRoster();
    await page.locator('.roster-row').filter({ hasText: '王小明' }).click();
    await page.getByRole('heading', { name: '王小明', level: 1 }).waitFor();
    expect(await field('出生日期').inputValue()).toBe('2013-04-05');
    expect(await field('联系电话').inputValue()).toBe('022-2345 6789');
    expect(await page.getByLabel('留守儿童').isChecked()).toBe(true);
    expect(await page.getByLabel('孤儿').isChecked()).toBe(false);
    expect(await field('备注').inputValue()).toBe('父母在外地工作，由奶奶照顾。');
  });

  test('a number another file has is refused, naming that file and offering to open it', async () => {
    await backToRoster();
    await newFile('李明', '2025101', '初三');
    await page.getByRole('button', { name: '创建档案' }).click();
    const refusal = page.getByTestId('duplicate-number');
    await refusal
      .getByText(zh('students.file.duplicateNamed', { number: '2025101', name: '王小明', className: '初一(2)班' }))
      .waitFor();
    await screenshot(page, 'students-zh-14-duplicate-number');
    await field('学号').fill('2025102');
    await page.getByRole('button', { name: '创建档案' }).click();
    await page.getByRole('heading', { name: '李明', level: 1 }).waitFor();

    await backToRoster();
    await newFile('赵亮', '2025101', '初一');
    await page.getByRole('button', { name: '创建档案' }).click();
    await page.getByTestId('duplicate-number').getByRole('button', { name: '打开这份档案' }).click();
    await page.getByRole('heading', { name: '王小明', level: 1 }).waitFor();
    expect(await field('学号').inputValue()).toBe('2025101');
  });

  test('editing changes the class and adds a guardian; a bad phone number is refused first', async () => {
    await field('班级').fill('3');
    await page.getByRole('button', { name: '添加监护人' }).click();
    await page.getByLabel('监护人姓名', { exact: true }).nth(1).fill('王建国');
    await page.getByLabel('与学生关系', { exact: true }).nth(1).fill('父亲');
    await page.getByLabel('联系电话', { exact: true }).nth(1).fill('call me');
    await page.getByRole('button', { name: '保存更改' }).click();
    await page.getByText('电话只能包含数字、空格和 + - ( )').waitFor();
    await page.getByLabel('联系电话', { exact: true }).nth(1).fill('139 0000 0000');
    await page.getByRole('button', { name: '保存更改' }).click();
    await page.getByText('更改已保存').waitFor();
    await expect.poll(() => page.getByTestId('student-summary').innerText()).toContain('初一(3)班');
    expect(await page.getByTestId('guardian-row').count()).toBe(2);
    await screenshot(page, 'students-zh-15-file-edited');
    await backToRoster();
    expect(await page.locator('.roster-row').filter({ hasText: '王小明' }).innerText()).toContain('初一(3)班');
  });

  test('archiving asks first and keeps the file; it can be made active again', async () => {
    await page.locator('.roster-row').filter({ hasText: '王小明' }).click();
    await page.getByRole('button', { name: '归档' }).click();
    const dialog = page.getByRole('dialog', { name: '归档王小明的档案？' });
    await dialog.getByText(zh('students.file.archiveText')).waitFor();
    await screenshot(page, 'students-zh-16-archive-confirm');
    await dialog.getByRole('button', { name: '归档' }).click();
    await page.getByText('档案已归档', { exact: true }).waitFor();
    await page.getByTestId('status-notice').waitFor();
    expect(await page.getByTestId('student-summary').innerText()).toContain('已归档');
    await screenshot(page, 'students-zh-17-file-archived');

    await backToRoster();
    await expect.poll(() => rosterNames(page)).toEqual(['李明']);
    await chooseStatus(page, '已归档');
    await expect.poll(() => rosterNames(page)).toEqual(['王小明']);
    await page.locator('.roster-row').filter({ hasText: '王小明' }).click();
    await page.getByRole('button', { name: '恢复为在读' }).click();
    await page.getByText('已恢复为在读', { exact: true }).waitFor();
    await backToRoster();
    await chooseStatus(page, '在读');
    await expect.poll(() => rosterNames(page)).toEqual(['王小明', '李明']);
  });

  test('a new school year moves everyone up once; 初三 graduates and leaves the active roster', async () => {
    await page.getByRole('button', { name: '新学年升级' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(zh('students.promote.graduate')).waitFor();
    expect(await dialog.locator('.promotion-year').innerText()).toMatch(/^\d{4}—\d{4}学年$/);
    await screenshot(page, 'students-zh-18-promote-confirm');
    await dialog.getByRole('button', { name: '确认升级' }).click();
    await dialog
      .getByTestId('promotion-result')
      .getByText(zh('students.promote.done', { promoted: 1, graduated: 1 }))
      .waitFor();
    await screenshot(page, 'students-zh-19-promote-done');
    await dialog.getByRole('button', { name: '完成' }).click();
    await expect.poll(() => rosterNames(page)).toEqual(['王小明']);
    expect(await page.locator('.roster-row').first().innerText()).toContain('初二(3)班');
    await chooseStatus(page, '已毕业');
    await expect.poll(() => rosterNames(page)).toEqual(['李明']);
    expect(await rosterCount(page)).toBe('共 1 名学生');

    await page.getByRole('button', { name: '新学年升级' }).click();
    await dialog.getByRole('button', { name: '确认升级' }).click();
    await dialog.getByTestId('promotion-error').getByText(zh('errors.SCHOOL_YEAR_ALREADY_PROMOTED')).waitFor();
    await screenshot(page, 'students-zh-20-promote-refused');
  });
});
