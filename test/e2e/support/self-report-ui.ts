import type { Page } from 'playwright-core';
import type { UiLanguage } from './chromium';
import { pickOption } from './students-ui';
import { text } from './ui';

/** From the student's file: opens 学生自评, picks the scale, and hands the screen to the student. */
export async function handOver(page: Page, language: UiLanguage, scaleTitle: string): Promise<void> {
  const t = (key: string) => text(language, key);
  await page.getByRole('button', { name: t('selfReport.start.button') }).click();
  const dialog = page.getByRole('dialog', { name: t('selfReport.start.title') });
  await dialog.getByLabel(t('selfReport.start.scale')).click();
  await pickOption(page, scaleTitle);
  await dialog.getByRole('radio', { name: text(language, `languages.${language}`) }).waitFor();
  await dialog.getByRole('button', { name: t('selfReport.start.handOver') }).click();
  await page.getByTestId('self-report-consent').waitFor();
}

/** The questionnaire's "item 3 of 9" line. */
export function progressLine(page: Page): Promise<string> {
  return page.getByTestId('self-report-progress').innerText();
}

/** Chooses an answer by its label and waits until the quiet line says it is stored. */
export async function answer(page: Page, language: UiLanguage, label: string): Promise<void> {
  await page.getByTestId('self-report-questionnaire').getByRole('button', { name: label, exact: true }).click();
  await page.getByTestId('self-report-save').getByText(text(language, 'selfReport.save.saved')).waitFor();
}

/** Answers the item on screen and goes on to the next one. */
export async function answerAndNext(page: Page, language: UiLanguage, label: string): Promise<void> {
  await answer(page, language, label);
  // Read after answering: an answer may add a conditional item and change the count.
  const before = await progressLine(page);
  await page.getByRole('button', { name: text(language, 'selfReport.next') }).click();
  await page.waitForFunction(
    (previous) => document.querySelector('[data-testid="self-report-progress"]')?.textContent !== previous,
    before,
  );
}

/** Opens the counselor's corner control and submits a passphrase. */
export async function submitExitPassphrase(page: Page, language: UiLanguage, passphrase: string): Promise<void> {
  const t = (key: string) => text(language, key);
  if (!(await page.getByRole('dialog', { name: t('selfReport.exit.title') }).isVisible())) {
    await page.getByRole('button', { name: t('selfReport.exit.open') }).click();
  }
  const dialog = page.getByRole('dialog', { name: t('selfReport.exit.title') });
  await dialog.getByLabel(t('selfReport.exit.passphrase')).fill(passphrase);
  await dialog.getByRole('button', { name: t('selfReport.exit.submit') }).click();
}
