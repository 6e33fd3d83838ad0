import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { fileStudents, openClassChecks } from './support/class-checks-ui';
import { screenshot, setUpVault } from './support/ui';

const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };

const roster = [
  { name: '张伟', studentNumber: '2025101', grade: 'J2', classNumber: 3, classTeacher: '赵老师' },
  { name: '刘洋', studentNumber: '2025102', grade: 'J2', classNumber: 3, classTeacher: '赵老师' },
  { name: '陈静', studentNumber: '2025201', grade: 'S1', classNumber: 1, classTeacher: '孙老师' },
];

describe('班级心理排查 in Chinese: one-click zero report, the report form, other months', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  const missing = () => page.getByTestId('missing-classes');
  const reported = () => page.getByTestId('reported-classes');

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await setUpVault(page, 'zh-CN', counselor);
    await fileStudents(page, roster);
    await openClassChecks(page, 'zh-CN');
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('零报告 is one click; the report form names the class and month', async () => {
    await missing().getByRole('heading', { name: '未上报（2 个班级）' }).waitFor();
    await screenshot(page, 'class-checks-zh-01-none-reported');
    await missing().getByRole('button', { name: '初二(3)班 零报告' }).click();
    await reported()
      .getByRole('row', { name: /初二\(3\)班/ })
      .getByText('零报告')
      .waitFor();
    await missing().getByRole('heading', { name: '未上报（1 个班级）' }).waitFor();

    await missing().getByRole('button', { name: '高一(1)班 填写报告' }).click();
    const dialog = page.getByRole('dialog', { name: /高一\(1\)班 · \d{4}年\d{1,2}月班级心理排查/ });
    expect(await dialog.getByLabel('班主任').inputValue()).toBe('孙老师');
    await dialog.getByRole('button', { name: '删除需关注的学生 1' }).click();
    await dialog.getByRole('button', { name: '保存报告' }).click();
    await dialog.getByText('报告至少需要一名学生；本月没有情况请使用“零报告”。').waitFor();
    await dialog.getByRole('button', { name: '添加需关注的学生' }).click();
    await dialog.getByTestId('watch-row').getByText('持续关注').waitFor();
    await screenshot(page, 'class-checks-zh-02-report-form');
    await dialog.getByRole('button', { name: '取消' }).click();
    await screenshot(page, 'class-checks-zh-03-month');

    await reported().getByRole('button', { name: '查看初二(3)班的报告' }).click();
    const drawer = page.getByRole('dialog', { name: /初二\(3\)班 · .*班级心理排查/ });
    await drawer.getByText('本月零报告：班级没有需要关注的学生。').waitFor();
    expect(await drawer.innerText()).toContain('第 1 版（以此为准）');
    await screenshot(page, 'class-checks-zh-04-zero-report-view');
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  test('last month is its own month: nobody reported it yet', async () => {
    const now = new Date();
    const last = new Date(now.getFullYear(), now.getMonth() - 1, 1);
    const picker = page.getByLabel('月份');
    await picker.click();
    await picker.fill(`${last.getFullYear()}年${last.getMonth() + 1}月`);
    await picker.press('Enter');
    await missing().getByRole('heading', { name: '未上报（2 个班级）' }).waitFor();
    await reported().getByText('所选月份还没有班级上报。').waitFor();
    await screenshot(page, 'class-checks-zh-05-last-month');
  });
});
