import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, test } from 'vitest';
import { newDataFolder, type RunningHost, startHost } from './support/app-host';
import { endAppSession } from './support/app-session';
import { launchChromium } from './support/chromium';
import { setUpVault, unlockWithPassphrase } from './support/ui';

const passphrase = 'the right passphrase';

/** Locks the vault behind the page's back, the way the backend's own idle timer does. */
async function lockInBackend(page: Page): Promise<void> {
  await page.evaluate(async () => {
    const token = sessionStorage.getItem('xinqing.token') ?? '';
    await fetch('/api/vault.lock', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Xinqing-Token': token },
      body: '{}',
    });
  });
}

describe('locking without the Lock button', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    folder = newDataFolder();
    host = await startHost(folder);
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    // The page's clock is ours to move; the backend's timers keep real time.
    await page.clock.install();
    await page.goto(host.url);
    await setUpVault(page, 'zh-CN', { schoolName: '学校', counselorName: '老师', passphrase });
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('the renderer locks after the configured minutes without input', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByLabel('自动锁定').fill('1');
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByText('设置已保存').waitFor();
    await page.getByRole('menuitem', { name: '工作台' }).click();
    await page.getByText('无操作 1 分钟后', { exact: false }).waitFor();
    await page.clock.fastForward('00:50');
    await page.getByRole('heading', { name: '老师老师，您好' }).waitFor();
    await page.clock.fastForward('00:15');
    await page.getByRole('heading', { name: '记录已锁定' }).waitFor();
    await unlockWithPassphrase(page, 'zh-CN', passphrase);
  });

  test('input after the backend locked on its own shows the unlock screen', async () => {
    await lockInBackend(page);
    // Activity is reported at most every 30 s; move past that, then type.
    await page.clock.fastForward('00:31');
    await page.keyboard.press('Shift');
    await page.getByRole('heading', { name: '记录已锁定' }).waitFor();
    await unlockWithPassphrase(page, 'zh-CN', passphrase);
  });

  test('a call refused as locked shows the unlock screen', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await lockInBackend(page);
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByRole('heading', { name: '记录已锁定' }).waitFor();
  });
});
