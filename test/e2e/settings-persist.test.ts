import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningHost, startHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { openPage, screenshot, setUpVault, unlockWithPassphrase } from './support/ui';

const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };

describe('settings live in the encrypted database', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await setUpVault(page, 'zh-CN', counselor);
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('the settings page shows what setup stored and refuses a malformed school code', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    expect(await page.getByLabel('学校名称').inputValue()).toBe('天津市第一中学');
    expect(await page.getByLabel('您的姓名').inputValue()).toBe('王丽');
    expect(await page.getByLabel('自动锁定').inputValue()).toBe('10');
    expect(await page.getByRole('radio', { name: '简体中文' }).isChecked()).toBe(true);
    await screenshot(page, 'zh-12-settings');
    await page.getByLabel('学校代码').fill('TJ 01/2');
    await page.getByLabel('自动锁定').fill('');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('学校代码只能包含字母、数字和连字符（-）').waitFor();
    await page.getByText('请输入 1 到 120 之间的整数').waitFor();
    await screenshot(page, 'zh-13-settings-validation');
  });

  test('saving switches the language at once and updates the header', async () => {
    await page.getByLabel('学校名称').fill('天津市和平区第一中学');
    await page.getByLabel('学校代码').fill('TJ-HP-0231');
    await page.getByLabel('您的姓名').fill('李娜');
    await page.getByLabel('自动锁定').fill('15');
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('Settings saved').waitFor();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('header-school').textContent()).toBe('天津市和平区第一中学');
    expect(await page.getByTestId('header-counselor').textContent()).toContain('李娜');
    await screenshot(page, 'en-12-settings-after-switch');
    await page.getByRole('menuitem', { name: 'Home' }).click();
    expect(await page.getByTestId('home-auto-lock').textContent()).toContain('After 15 minutes');
  });

  test('after the app restarts, the lock screen keeps the language and the settings come back', async () => {
    await page.context().close();
    await host.stop();
    host = await startHost(folder);
    page = await openPage(browser, host.url, 'zh-CN');
    await page.getByRole('heading', { name: 'The records are locked' }).waitFor();
    await unlockWithPassphrase(page, 'en', counselor.passphrase);
    await page.getByRole('heading', { name: 'Hello, 李娜' }).waitFor();
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    expect(await page.getByLabel('School name').inputValue()).toBe('天津市和平区第一中学');
    expect(await page.getByLabel('School code').inputValue()).toBe('TJ-HP-0231');
    expect(await page.getByLabel('Your name').inputValue()).toBe('李娜');
    expect(await page.getByLabel('Auto-lock').inputValue()).toBe('15');
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await screenshot(page, 'en-13-settings-after-restart');

    await page.getByText('简体中文', { exact: true }).click();
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('设置已保存').waitFor();
    await page.getByRole('heading', { name: '设置', level: 1 }).waitFor();
  });
});
