import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newDataFolder, type RunningHost, startHost } from './support/app-host';
import { endAppSession } from './support/app-session';
import { launchChromium } from './support/chromium';
import { lockWithButton, screenshot, setUpVault, submitPassphrase, text } from './support/ui';

describe('the page under the real Content Security Policy, and its transport', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const consoleProblems: string[] = [];

  beforeAll(async () => {
    folder = newDataFolder();
    host = await startHost(folder);
    browser = await launchChromium();
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 800 } });
    // Registered before any page script runs, so a violation during startup is caught too.
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener('securitypolicyviolation', (event) => {
        window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    page = await context.newPage();
    page.setDefaultTimeout(10_000);
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') consoleProblems.push(message.text());
    });
    page.on('pageerror', (error) => consoleProblems.push(error.message));
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('setup runs with no CSP violation and no console error', async () => {
    const response = await page.goto(host.url);
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
    await setUpVault(page, 'zh-CN', { schoolName: '学校', counselorName: '老师', passphrase: 'the right passphrase' });
    await lockWithButton(page, 'zh-CN');
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(consoleProblems).toEqual([]);
  });

  test('the token leaves the address bar and a reload still works', async () => {
    expect(page.url()).not.toContain('token');
    await page.reload();
    await page.getByRole('heading', { name: '记录已锁定' }).waitFor();
  });

  test('a page without the token is refused with a translated explanation', async () => {
    const other = await browser.newPage({ locale: 'zh-CN' });
    await other.goto(host.url.replace(/#.*$/, ''));
    await other.getByText(text('zh-CN', 'errors.UNAUTHORIZED')).waitFor();
    await screenshot(other, 'zh-30-unauthorized');
    await other.close();
  });

  test('a backend that does not answer at startup gets its own screen', async () => {
    await page.route('**/api/**', (route) => route.abort('connectionrefused'));
    await page.reload();
    await page.getByText(text('zh-CN', 'errors.BACKEND_UNAVAILABLE')).waitFor();
    await screenshot(page, 'zh-31-backend-unavailable');
    await page.unroute('**/api/**');
    await page.getByRole('button', { name: '重试' }).click();
    await page.getByRole('heading', { name: '记录已锁定' }).waitFor();
  });

  test('when the background process is gone, a call fails with a translated message', async () => {
    await host.stop();
    await submitPassphrase(page, 'zh-CN', 'the right passphrase');
    await page.getByTestId('unlock-error').getByText(text('zh-CN', 'errors.BACKEND_UNAVAILABLE')).waitFor();
    await screenshot(page, 'zh-32-backend-gone');
  });
});
