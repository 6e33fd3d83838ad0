import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import {
  confirmRecoveryCode,
  fillSetup,
  lockWithButton,
  mainMenu,
  readRecoveryCode,
  screenshot,
  submitPassphrase,
  text,
  unlockWithPassphrase,
} from './support/ui';

const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const counselor = {
  schoolName: 'Tianjin No. 1 Middle School',
  counselorName: 'Li Na',
  passphrase: 'Sunny days by the Hai River 2025',
};
const newPassphrase = 'seven willows along the river';

describe('the whole flow in English', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  let recoveryCode: string;

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('en'));
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('an English system gets the English setup screen', async () => {
    await page.getByRole('heading', { name: 'Welcome to Xinqing' }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    await screenshot(page, 'en-01-setup');
    await page.getByLabel('Choose a passphrase').fill('hello hello');
    expect(await page.getByTestId('passphrase-strength').textContent()).toContain('weak');
    await page.getByRole('button', { name: 'Create the encrypted record store' }).click();
    await page.getByText("Enter the school's name").waitFor();
    await screenshot(page, 'en-02-setup-validation');
  });

  test('setup, the recovery code and its confirmation are in English', async () => {
    await fillSetup(page, 'en', counselor);
    recoveryCode = await readRecoveryCode(page);
    await page.getByText('This code is shown only once').waitFor();
    await screenshot(page, 'en-03-recovery-code');
    await page.emulateMedia({ media: 'print' });
    await screenshot(page, 'en-04-recovery-code-print');
    await page.emulateMedia({ media: 'screen' });
    await page.getByRole('button', { name: 'I have written it down' }).click();
    expect(await page.getByRole('button', { name: 'Continue' }).isDisabled()).toBe(true);
    await screenshot(page, 'en-05-recovery-confirm');
    await page.getByRole('button', { name: 'Back to the code' }).click();
    await confirmRecoveryCode(page, 'en', recoveryCode);
  });

  test('the home page is in English', async () => {
    await page.getByRole('heading', { name: 'Hello, Li Na' }).waitFor();
    expect(await page.getByTestId('school-term').textContent()).toMatch(
      /^School year \d{4}–\d{4}, (first|second) term$/,
    );
    expect(await page.getByTestId('home-auto-lock').textContent()).toBe(en('home.autoLock.text', { minutes: 10 }));
    expect(await page.getByRole('menuitem').allTextContents()).toEqual(mainMenu['en']);
    expect(await page.title()).toBe('心晴 Xinqing');
    await screenshot(page, 'en-06-home');
  });

  test('locking, a wrong passphrase and the recovery code, in English', async () => {
    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { name: 'The records are locked' }).waitFor();
    await screenshot(page, 'en-07-unlock');
    await submitPassphrase(page, 'en', 'not my passphrase');
    await page.getByText(en('errors.WRONG_SECRET', { attempts: 1 })).waitFor();
    await screenshot(page, 'en-08-unlock-wrong');
    await page.getByRole('button', { name: 'Forgot the passphrase? Use the recovery code' }).click();
    await page.getByLabel('Recovery code', { exact: true }).fill(recoveryCode);
    await screenshot(page, 'en-09-unlock-recovery-code');
    await page.getByRole('button', { name: 'Unlock', exact: true }).click();
    await page.getByRole('heading', { name: 'Hello, Li Na' }).waitFor();
  });

  test('settings and the passphrase change, in English', async () => {
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByLabel('School code').fill('TJ 01');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('A school code has only letters, digits and hyphens (-)').waitFor();
    await page.getByLabel('School code').fill('TJ-01');
    await page.getByRole('button', { name: 'Save settings' }).click();
    await page.getByText('Settings saved').waitFor();

    await page.getByLabel('Current passphrase', { exact: true }).fill(counselor.passphrase);
    await page.getByLabel('New passphrase', { exact: true }).fill('short');
    await page.getByLabel('Type the new passphrase again').fill('short!');
    await page.getByRole('button', { name: 'Change the passphrase' }).click();
    await page.getByText('The passphrase needs at least 10 characters').waitFor();
    await page.getByText('The two passphrases are not the same').waitFor();
    await screenshot(page, 'en-10-settings-validation');
    await page.getByLabel('New passphrase', { exact: true }).fill(newPassphrase);
    await page.getByLabel('Type the new passphrase again').fill(newPassphrase);
    await page.getByRole('button', { name: 'Change the passphrase' }).click();
    await page.getByText(en('changePassphrase.changed')).waitFor();
    await screenshot(page, 'en-11-settings-saved');

    await lockWithButton(page, 'en');
    await submitPassphrase(page, 'en', counselor.passphrase);
    await page.getByText(en('errors.WRONG_SECRET', { attempts: 1 })).waitFor();
    await unlockWithPassphrase(page, 'en', newPassphrase);
  });
});
