import type { Locator, Page } from 'playwright-core';
import type { UiLanguage } from './chromium';
import { text } from './ui';

/** Opens 危机个案 / Crisis cases from the navigation, on the caseload. */
export async function openCrisis(page: Page, language: UiLanguage): Promise<void> {
  await page.getByRole('menuitem', { name: text(language, 'frame.sections.crisis') }).click();
  await page.getByRole('heading', { name: text(language, 'crisis.title'), level: 1 }).waitFor();
}

/** A move of "what can be done now", by its key (`closure`, `level-change:imminent`, …). */
export function move(page: Page, key: string): Locator {
  return page.getByTestId(`move-${key}`);
}

/** Opens a move's form and returns its dialog, found by the move's own label. */
export async function openMove(page: Page, key: string): Promise<Locator> {
  const button = move(page, key).getByRole('button');
  const label = (await button.innerText()).trim();
  await button.click();
  const dialog = page.getByRole('dialog', { name: label });
  await dialog.waitFor();
  return dialog;
}

/** Clicks a choice by its words: antd draws its radio buttons over hidden inputs. */
export async function choose(scope: Locator, label: string): Promise<void> {
  await scope.locator('label').filter({ hasText: label }).first().click();
}

/** Picks the option of the select labelled `label` in `dialog` that contains `option`. */
export async function pickIn(page: Page, dialog: Locator, label: string, option: string | RegExp): Promise<void> {
  await dialog.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).click();
}

/** Records the dialog's event and waits until the dialog is gone and the timeline has it. */
export async function record(page: Page, language: UiLanguage, dialog: Locator): Promise<void> {
  await dialog.getByRole('button', { name: text(language, 'crisis.form.record') }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** The timeline's entries of one event type, newest first. */
export function timelineEntries(page: Page, type: string): Locator {
  return page.getByTestId('case-timeline').getByTestId(`case-event-${type}`);
}

/** A day `days` from today in the computer's zone, as the date inputs hold it. */
export function dayFromToday(days: number): string {
  const date = new Date();
  date.setDate(date.getDate() + days);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
