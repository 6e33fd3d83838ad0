import type { Page } from 'playwright-core';
import type { UiLanguage } from './chromium';
import { pickOption } from './students-ui';
import { text } from './ui';

/** Creates a student file from the roster and stays on it. */
export async function createStudent(
  page: Page,
  language: UiLanguage,
  student: { name: string; studentNumber: string; grade: string },
): Promise<void> {
  const t = (key: string) => text(language, key);
  await page
    .getByRole('button', { name: t('students.actions.add') })
    .first()
    .click();
  await page.getByLabel(t('students.fields.name'), { exact: true }).fill(student.name);
  await page.getByLabel(t('students.fields.studentNumber'), { exact: true }).fill(student.studentNumber);
  await page.getByLabel(t('students.fields.grade'), { exact: true }).click();
  await pickOption(page, student.grade);
  await page.getByRole('button', { name: t('students.file.create') }).click();
  await page.getByRole('heading', { name: student.name, level: 1 }).waitFor();
}

/** The draft's save line once it says the text is on disk. */
export async function waitForSaved(page: Page, language: UiLanguage): Promise<void> {
  const saved = text(language, 'notes.save.saved', { time: 'TIME' }).replace('TIME', '');
  await page.getByTestId('save-status').filter({ hasText: saved.trim() }).waitFor();
}

/** A date as `YYYY-MM-DD` in the computer's zone, as the note's date inputs hold it. */
export function isoDay(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}
