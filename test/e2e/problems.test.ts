import { renameSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newDataFolder, removeDataFolder, startHost } from './support/app-host';
import { launchChromium, type UiLanguage } from './support/chromium';
import { VaultProblem } from '../../shared/schemas/vault';
import { openPage, screenshot, setUpVault, text } from './support/ui';

const problems = VaultProblem.options;

/** The accessible names of every button: a problem screen must offer nothing destructive. */
function buttonNames(page: Page): Promise<(string | null)[]> {
  return page
    .getByRole('button')
    .evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label') ?? button.textContent));
}

describe('problem screens', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('a missing key file is explained, with the data folder, and nothing destructive is offered', async () => {
    const folder = newDataFolder();
    let host = await startHost(folder);
    try {
      const setupPage = await openPage(browser, host.url, 'zh-CN');
      await setUpVault(setupPage, 'zh-CN', {
        schoolName: '学校',
        counselorName: '老师',
        passphrase: 'the right passphrase',
      });
      await setupPage.context().close();
      await host.stop();
      const vaultFile = join(folder, 'xinqing.vault.json');
      renameSync(vaultFile, `${vaultFile}.aside`);
      host = await startHost(folder);

      const page = await openPage(browser, host.url, 'zh-CN');
      await page.getByRole('heading', { name: '找不到密钥文件' }).waitFor();
      expect(await page.getByTestId('data-folder').textContent()).toBe(folder);
      await page.getByText('心晴没有删除或改动任何文件。').waitFor();
      expect(await buttonNames(page)).toEqual(['复制', '重新检查']);

      renameSync(`${vaultFile}.aside`, vaultFile);
      await page.getByRole('button', { name: '重新检查' }).click();
      await page.getByRole('heading', { name: '记录已锁定' }).waitFor();
      await page.context().close();
    } finally {
      await host.stop();
      removeDataFolder(folder);
    }
  });

  // The other problems need a damaged or newer file; the screens themselves are checked with the
  // status the backend would send.
  test.each<UiLanguage>(['zh-CN', 'en'])('every problem has its own screen in %s', async (language) => {
    const folder = newDataFolder();
    const host = await startHost(folder);
    try {
      const page = await openPage(browser, host.url, language);
      for (const problem of problems) {
        await page.route('**/api/vault.status', (route) =>
          route.fulfill({
            json: {
              ok: true,
              value: {
                state: 'problem',
                problem,
                language: null,
                failedAttempts: 0,
                retryAfterMs: 0,
                profile: null,
                autoLockMinutes: null,
                dataFolder: folder,
              },
            },
          }),
        );
        await page.reload();
        await page.getByTestId(`problem-${problem}`).waitFor();
        await page.getByRole('heading', { name: text(language, `problems.${problem}.title`) }).waitFor();
        for (const key of [
          `problems.${problem}.what`,
          `problems.${problem}.step1`,
          `problems.${problem}.step2`,
          'problems.contactIt',
        ]) {
          await page.getByText(text(language, key)).waitFor();
        }
        expect(await page.getByTestId('data-folder').textContent()).toBe(folder);
        const copy = language === 'en' ? 'Copy' : '复制';
        expect(await buttonNames(page)).toEqual([copy, text(language, 'problems.checkAgain')]);
        await screenshot(page, `${language === 'en' ? 'en' : 'zh'}-20-problem-${problem}`);
        await page.unroute('**/api/vault.status');
      }
      await page.context().close();
    } finally {
      await host.stop();
      removeDataFolder(folder);
    }
  });
});
