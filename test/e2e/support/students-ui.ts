import type { Page } from 'playwright-core';
import type { UiLanguage } from './chromium';
import { text } from './ui';

/** Opens 学生档案 / Students from the navigation and waits for its heading. */
export async function openStudents(page: Page, language: UiLanguage): Promise<void> {
  await page.getByRole('menuitem', { name: text(language, 'frame.sections.students') }).click();
  await page.getByRole('heading', { name: text(language, 'students.title'), level: 1 }).waitFor();
}

/** Gives the import's file picker a file held in memory, as if the counselor had chosen it. */
export async function chooseRosterFile(page: Page, name: string, buffer: Buffer): Promise<void> {
  const mimeType = name.endsWith('.csv')
    ? 'text/csv'
    : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
  await page.locator('input[type="file"]').setInputFiles({ name, mimeType, buffer });
}

/** The names in the roster rows drawn on screen (the table is virtual: only those in view). */
export function rosterNames(page: Page): Promise<string[]> {
  return page.locator('.roster-name').allTextContents();
}

/** The text of the roster's count line, once the search or filter has settled. */
export function rosterCount(page: Page): Promise<string> {
  return page.getByTestId('roster-count').innerText();
}

/** Types into the roster's search box; the roster follows after a short pause. */
export async function searchRoster(page: Page, language: UiLanguage, query: string): Promise<void> {
  await page.getByLabel(text(language, 'students.filters.search'), { exact: true }).fill(query);
}

/**
 * Picks an option of the open antd select by its text. The accessible listbox antd renders
 * holds only the options near the active one, so the visible option is clicked by its title.
 */
export async function pickOption(page: Page, label: string): Promise<void> {
  await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${label}"]`).click();
}

/** Chooses a status in the roster's filter (antd draws its radio buttons over hidden inputs). */
export async function chooseStatus(page: Page, label: string): Promise<void> {
  await page.locator('.roster-filters').getByText(label, { exact: true }).click();
}
