import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { newDataFolder, removeDataFolder, startHost } from './support/app-host';
import { launchChromium, type UiLanguage } from './support/chromium';
import { lockWithButton, openPage, screenshot, setUpVault, submitPassphrase, text } from './support/ui';

describe('after five wrong passphrases the unlock screen counts down', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each<UiLanguage>(['zh-CN', 'en'])('in %s', async (language) => {
    const t = (key: string, values?: Record<string, string | number>) => text(language, key, values);
    const folder = newDataFolder();
    const host = await startHost(folder);
    try {
      const page = await openPage(browser, host.url, language);
      await setUpVault(page, language, {
        schoolName: 'School',
        counselorName: 'Counselor',
        passphrase: 'the right passphrase',
      });
      await lockWithButton(page, language);
      for (let attempt = 1; attempt <= 4; attempt += 1) {
        await submitPassphrase(page, language, `wrong passphrase ${attempt}`);
        await page.getByText(t('errors.WRONG_SECRET', { attempts: attempt })).waitFor();
      }
      await submitPassphrase(page, language, 'wrong passphrase 5');
      const wait = page.getByTestId('unlock-wait');
      await wait.getByText(t('unlock.waitTitle', { attempts: 5 })).waitFor();
      const button = page.getByRole('button', { name: new RegExp(t('unlock.waitButton', { time: '\\d+' })) });
      expect(await button.isDisabled()).toBe(true);
      const firstText = await button.textContent();
      await page.waitForTimeout(1_100);
      expect(await button.textContent()).not.toBe(firstText);
      await screenshot(page, `${language === 'en' ? 'en' : 'zh'}-14-unlock-countdown`);

      // The wait is kept by the backend, so a reload still shows it.
      await page.reload();
      await wait.waitFor();
      expect(await button.isDisabled()).toBe(true);
      await page.context().close();
    } finally {
      await host.stop();
      removeDataFolder(folder);
    }
  });
});
