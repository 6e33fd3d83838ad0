import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Locator, Page } from 'playwright-core';
import type { UiLanguage } from './chromium';
import { pickOption } from './students-ui';
import { shotsFolder, text } from './ui';

/** Opens 量表测评 / Scales from the navigation, on the scale library. */
export async function openScales(page: Page, language: UiLanguage): Promise<void> {
  await page.getByRole('menuitem', { name: text(language, 'frame.sections.scales') }).click();
  await page.getByRole('heading', { name: text(language, 'scales.title'), level: 1 }).waitFor();
  await page.getByTestId('scale-list').waitFor();
}

/** The rows of the library's table: each row's text. */
export function scaleRows(page: Page): Locator {
  return page.getByTestId('scale-list').locator('tbody tr.scale-row');
}

/** Gives a card's file picker a file held in memory, as if the counselor had chosen it. */
export async function chooseDistrictFile(
  page: Page,
  card: 'district-key-card' | 'pack-card',
  file: { fileName: string; content: string },
): Promise<void> {
  await page
    .getByTestId(card)
    .locator('input[type="file"]')
    .setInputFiles({
      name: file.fileName,
      mimeType: 'application/octet-stream',
      buffer: Buffer.from(file.content, 'base64'),
    });
}

/** Opens the administer drawer from the student file and picks a scale by its title. */
export async function startAdministering(page: Page, language: UiLanguage, scaleTitle: string): Promise<Locator> {
  await page.getByRole('button', { name: text(language, 'scales.administer.open') }).click();
  const drawer = page.getByTestId('administer-drawer');
  await drawer.getByLabel(text(language, 'scales.administer.scale'), { exact: true }).click();
  await pickOption(page, scaleTitle);
  await drawer.getByTestId('score-panel').waitFor();
  return drawer;
}

/** Answers a choice or yes/no item by the option's label. */
export async function answer(drawer: Locator, itemId: string, optionLabel: string): Promise<void> {
  await drawer.getByTestId(`item-${itemId}`).getByLabel(optionLabel, { exact: true }).check();
}

/** The live or stored score line of one score: value, band and notes as shown. */
export function scoreLine(scope: Locator, scoreId: string): Promise<string> {
  return scope.getByTestId(`score-${scoreId}`).innerText();
}

/** The window as the counselor sees it: drawers and dialogs are fixed to it, so a full-page shot would cut them. */
export async function windowShot(page: Page, name: string): Promise<void> {
  mkdirSync(shotsFolder, { recursive: true });
  await page.waitForTimeout(150);
  await page.screenshot({ path: join(shotsFolder, `${name}.png`) });
}
