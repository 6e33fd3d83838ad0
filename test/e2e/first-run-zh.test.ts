import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import {
  fillSetup,
  groupsAskedFor,
  lockWithButton,
  mainMenu,
  readRecoveryCode,
  screenshot,
  submitPassphrase,
  text,
  unlockWithPassphrase,
} from './support/ui';

const zh = (key: string, values?: Record<string, string | number>) => text('zh-CN', key, values);
const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };
const newPassphrase = '海河边的 7 棵柳树 willow';

describe('first run and daily use in Chinese', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let recoveryCode: string;

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('the setup screen is in Chinese, follows the system language and rates the passphrase', async () => {
    await page.getByRole('heading', { name: '欢迎使用心晴' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('zh-CN');
    expect(await page.title()).toBe('心晴 Xinqing');
    expect(await page.getByRole('radio', { name: '简体中文' }).isChecked()).toBe(true);
    await page.getByLabel('设置密码').fill('short');
    expect(await page.getByTestId('passphrase-strength').textContent()).toContain('太短');
    await page.getByLabel('设置密码').fill('abcdefghij');
    expect(await page.getByTestId('passphrase-strength').textContent()).toContain('弱');
    await page.getByLabel('设置密码').fill(counselor.passphrase);
    expect(await page.getByTestId('passphrase-strength').textContent()).toContain('强');
    await page.getByLabel('设置密码').fill('');
    await page.getByRole('button', { name: '创建加密记录库' }).click();
    await page.getByText('请填写学校名称').waitFor();
    await page.getByText('请输入密码', { exact: true }).waitFor();
    await page.getByLabel('设置密码').fill('too short');
    await page.getByLabel('再次输入密码').fill('different one');
    await page.getByText('密码至少需要 10 个字符').waitFor();
    await page.getByText('两次输入的密码不一致').waitFor();
    await screenshot(page, 'zh-01-setup-validation');
    await page.getByLabel('设置密码').fill('');
    await page.getByLabel('再次输入密码').fill('');
  });

  test('setup shows the recovery code once and asks for two groups before continuing', async () => {
    await page.getByLabel('设置密码').fill(counselor.passphrase);
    await screenshot(page, 'zh-02-setup-filled');
    await fillSetup(page, 'zh-CN', counselor);
    recoveryCode = await readRecoveryCode(page);
    expect(recoveryCode).toMatch(/^[0-9A-F]{4}(-[0-9A-F]{4}){7}$/);
    await page.getByText('恢复码只显示这一次').waitFor();
    await screenshot(page, 'zh-03-recovery-code');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'zh-04-recovery-code-print');
    await page.emulateMedia({ media: 'screen' });

    await page.getByRole('button', { name: '我已抄好，下一步' }).click();
    expect(await page.getByTestId('recovery-code').count()).toBe(0);
    const continueButton = page.getByRole('button', { name: '继续' });
    expect(await continueButton.isDisabled()).toBe(true);
    const [first, second] = await groupsAskedFor(page);
    expect(first).toBeLessThan(second);
    await page.getByText(zh('recovery.confirmIntro', { first: first + 1, second: second + 1 })).waitFor();
    const groups = recoveryCode.split('-');
    await page.getByLabel(`第 ${first + 1} 组`).fill(groups[first]!.toLowerCase());
    await page.getByLabel(`第 ${second + 1} 组`).fill(groups[second] === '0000' ? '1111' : '0000');
    expect(await continueButton.isDisabled()).toBe(true);
    await screenshot(page, 'zh-05-recovery-confirm-partial');
    await page.getByLabel(`第 ${second + 1} 组`).fill(groups[second]!);
    await expect.poll(() => continueButton.isEnabled()).toBe(true);
    await screenshot(page, 'zh-06-recovery-confirm-done');
    await continueButton.click();
  });

  test('the home page greets the counselor with the school and the school term', async () => {
    await page.getByRole('heading', { name: '王丽老师，您好' }).waitFor();
    expect(await page.getByTestId('header-school').textContent()).toBe('天津市第一中学');
    expect(await page.getByTestId('header-counselor').textContent()).toContain('王丽');
    expect(await page.getByTestId('school-term').textContent()).toMatch(/^\d{4}—\d{4}学年第[一二]学期$/);
    expect(await page.getByTestId('home-auto-lock').textContent()).toContain('10 分钟');
    expect(await page.getByRole('menuitem').allTextContents()).toEqual(mainMenu['zh-CN']);
    await screenshot(page, 'zh-07-home');
  });

  test('the Lock button locks; a wrong passphrase is refused and counted; the right one opens', async () => {
    await lockWithButton(page, 'zh-CN');
    expect(await page.getByText('王丽').count()).toBe(0);
    await screenshot(page, 'zh-08-unlock');
    await submitPassphrase(page, 'zh-CN', 'not the passphrase');
    await page
      .getByTestId('unlock-error')
      .getByText(zh('errors.WRONG_SECRET', { attempts: 1 }))
      .waitFor();
    await submitPassphrase(page, 'zh-CN', 'still not the passphrase');
    await page
      .getByTestId('unlock-error')
      .getByText(zh('errors.WRONG_SECRET', { attempts: 2 }))
      .waitFor();
    await screenshot(page, 'zh-09-unlock-wrong');
    await unlockWithPassphrase(page, 'zh-CN', counselor.passphrase);
    await page.getByRole('heading', { name: '王丽老师，您好' }).waitFor();
  });

  test('Ctrl+L locks, and the recovery code opens the vault', async () => {
    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { name: '记录已锁定' }).waitFor();
    await page.getByRole('button', { name: '忘记密码？改用恢复码' }).click();
    await page.getByLabel('恢复码', { exact: true }).fill('12345');
    await page.getByRole('button', { name: '解锁', exact: true }).click();
    await page.getByText(zh('unlock.recoveryCodeFormat')).waitFor();
    await page.getByLabel('恢复码', { exact: true }).fill(recoveryCode.toLowerCase().replaceAll('-', ' '));
    await screenshot(page, 'zh-10-unlock-recovery-code');
    await page.getByRole('button', { name: '解锁', exact: true }).click();
    await page.getByRole('heading', { name: '王丽老师，您好' }).waitFor();
  });

  test('changing the passphrase: wrong current one refused, then the new one works and the old one does not', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('heading', { name: '更改密码' }).waitFor();
    await page.getByLabel('当前密码', { exact: true }).fill('wrong current passphrase');
    await page.getByLabel('新密码', { exact: true }).fill(newPassphrase);
    await page.getByLabel('再次输入新密码').fill(newPassphrase);
    await page.getByRole('button', { name: '更改密码' }).click();
    await page.getByText(zh('errors.WRONG_SECRET', { attempts: 1 })).waitFor();
    await page.getByLabel('当前密码', { exact: true }).fill(counselor.passphrase);
    await page.getByRole('button', { name: '更改密码' }).click();
    await page.getByText('密码已更改。下次解锁请使用新密码。').waitFor();
    await screenshot(page, 'zh-11-settings-passphrase-changed');

    await lockWithButton(page, 'zh-CN');
    await submitPassphrase(page, 'zh-CN', counselor.passphrase);
    await page.getByTestId('unlock-error').waitFor();
    await unlockWithPassphrase(page, 'zh-CN', newPassphrase);
  });

  test('a new passphrase can also be set with the recovery code', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByText('使用恢复码', { exact: true }).click();
    await page.getByLabel('恢复码', { exact: true }).fill(recoveryCode);
    await page.getByLabel('新密码', { exact: true }).fill(counselor.passphrase);
    await page.getByLabel('再次输入新密码').fill(counselor.passphrase);
    await page.getByRole('button', { name: '更改密码' }).click();
    await page.getByText('密码已更改。下次解锁请使用新密码。').waitFor();
    await lockWithButton(page, 'zh-CN');
    await unlockWithPassphrase(page, 'zh-CN', counselor.passphrase);
  });
});
