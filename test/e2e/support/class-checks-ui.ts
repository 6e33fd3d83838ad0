import type { Page } from 'playwright-core';
import type { UiLanguage } from './chromium';
import { text } from './ui';

export interface ClassStudent {
  name: string;
  studentNumber: string;
  grade: string;
  classNumber: number;
  classTeacher: string;
}

/**
 * Files students through the backend the page talks to, with the page's own token: a roster in
 * several classes is the setting of these tests, not what they test.
 */
export async function fileStudents(page: Page, students: ClassStudent[]): Promise<void> {
  const failures = await page.evaluate(async (list) => {
    const token = sessionStorage.getItem('xinqing.token') ?? '';
    const replies = await Promise.all(
      list.map(async (student) => {
        const response = await fetch('/api/students.create', {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Xinqing-Token': token },
          body: JSON.stringify(student),
        });
        return (await response.json()) as { ok: boolean };
      }),
    );
    return replies.filter((reply) => !reply.ok);
  }, students);
  if (failures.length > 0) throw new Error(`Students not filed: ${JSON.stringify(failures)}`);
}

/** Opens 危机个案 / Crisis cases and its class checks tab. */
export async function openClassChecks(page: Page, language: UiLanguage): Promise<void> {
  await page.getByRole('menuitem', { name: text(language, 'frame.sections.crisis') }).click();
  await page.getByRole('tab', { name: text(language, 'classChecks.tab') }).click();
  await page.getByTestId('class-checks').waitFor();
}
