import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';
import { openApp, type UiLanguage } from './chromium';

const resources = { 'zh-CN': zhCN, en } as const;

/** The app's own text for `key` in `language`, with {{placeholders}} filled in. */
export function text(language: UiLanguage, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = resources[language];
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  if (typeof node !== 'string') throw new Error(`No text ${key} in ${language}`);
  return node.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name]));
}

/**
 * The app in a fresh browser context, with animations off (the app follows the system's
 * reduced-motion wish) so screenshots show settled screens; waits fail after 10 s, not 30 s.
 */
export async function openPage(browser: Browser, url: string, language: UiLanguage): Promise<Page> {
  const page = await openApp(browser, url, language);
  page.setDefaultTimeout(10_000);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  return page;
}

/** The main navigation as a counselor reads it, top to bottom: only sections that exist. */
export const mainMenu: Record<UiLanguage, string[]> = {
  'zh-CN': ['工作台', '学生档案', '危机个案', '量表测评', '记录检索', '设置'],
  en: ['Home', 'Students', 'Crisis cases', 'Scales', 'Search notes', 'Settings'],
};

export const shotsFolder = '/tmp/xinqing-shots';

/** A full-page PNG for a person to look at; not committed. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(shotsFolder, { recursive: true });
  // Form validation settles a moment after typing.
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(shotsFolder, `${name}.png`), fullPage: true });
}

export interface Counselor {
  schoolName: string;
  counselorName: string;
  passphrase: string;
}

/** Fills the first-run form and submits it; leaves the page on the recovery-code screen. */
export async function fillSetup(page: Page, language: UiLanguage, counselor: Counselor): Promise<void> {
  const t = (key: string) => text(language, key);
  await page.getByRole('heading', { name: t('setup.title') }).waitFor();
  await page.getByLabel(t('fields.schoolName')).fill(counselor.schoolName);
  await page.getByLabel(t('fields.counselorName')).fill(counselor.counselorName);
  await page.getByLabel(t('setup.passphrase')).fill(counselor.passphrase);
  await page.getByLabel(t('setup.passphraseConfirm')).fill(counselor.passphrase);
  await page.getByRole('button', { name: t('setup.submit') }).click();
  await page.getByRole('heading', { name: t('recovery.title') }).waitFor();
}

/** The recovery code as shown on screen, `XXXX-XXXX-…`. */
export async function readRecoveryCode(page: Page): Promise<string> {
  const groups = await page.locator('[data-testid="recovery-code"] .recovery-code__digits').allTextContents();
  return groups.join('-');
}

/** The zero-based group indices the confirmation step asks for. */
export async function groupsAskedFor(page: Page): Promise<[number, number]> {
  const numbers = await Promise.all(
    [0, 1].map(async (slot) => {
      const label = await page.locator(`label[for="recovery-group-${slot}"]`).textContent();
      return Number(/\d+/.exec(label ?? '')![0]) - 1;
    }),
  );
  return [numbers[0]!, numbers[1]!];
}

/** Passes the recovery-code screen by retyping the two groups asked for. */
export async function confirmRecoveryCode(page: Page, language: UiLanguage, code: string): Promise<void> {
  await page.getByRole('button', { name: text(language, 'recovery.written') }).click();
  const groups = code.split('-');
  const asked = await groupsAskedFor(page);
  for (const [slot, group] of asked.entries()) await page.locator(`#recovery-group-${slot}`).fill(groups[group]!);
  await page.getByRole('button', { name: text(language, 'recovery.continue') }).click();
  await page.getByRole('menuitem', { name: text(language, 'frame.sections.home') }).waitFor();
}

/** Sets up a new vault and reaches the main frame; returns the recovery code. */
export async function setUpVault(page: Page, language: UiLanguage, counselor: Counselor): Promise<string> {
  await fillSetup(page, language, counselor);
  const code = await readRecoveryCode(page);
  await confirmRecoveryCode(page, language, code);
  return code;
}

export async function lockWithButton(page: Page, language: UiLanguage): Promise<void> {
  await page.getByRole('button', { name: new RegExp(`^${text(language, 'frame.lock')}`) }).click();
  await page.getByRole('heading', { name: text(language, 'unlock.title') }).waitFor();
}

/** Types the passphrase and presses Unlock, without waiting for the outcome. */
export async function submitPassphrase(page: Page, language: UiLanguage, passphrase: string): Promise<void> {
  await page.getByLabel(text(language, 'unlock.passphrase'), { exact: true }).fill(passphrase);
  await page.getByRole('button', { name: text(language, 'unlock.submit'), exact: true }).click();
}

export async function unlockWithPassphrase(page: Page, language: UiLanguage, passphrase: string): Promise<void> {
  await submitPassphrase(page, language, passphrase);
  await page.getByRole('menuitem', { name: text(language, 'frame.sections.home') }).waitFor();
}
