import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { createStudent } from './support/notes-ui';
import { answer, handOver, progressLine, submitExitPassphrase } from './support/self-report-ui';
import { openStudents } from './support/students-ui';
import { screenshot, setUpVault, text, unlockWithPassphrase } from './support/ui';

const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const counselor = {
  schoolName: 'Tianjin No. 1 Middle School',
  counselorName: 'Li Wang',
  passphrase: 'clear-sky 2025 sunny',
};

describe('student self-report in English: skipping is allowed, and a skipped critical item is reported', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('en'));
    await setUpVault(page, 'en', counselor);
    await openStudents(page, 'en');
    await createStudent(page, 'en', { name: 'Amy Chen', studentNumber: '2025201', grade: 'Junior 2' });
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('the consent page speaks to the student, in the language chosen; a refusal is recorded', async () => {
    await page.getByRole('button', { name: 'Student self-report' }).click();
    await page.getByRole('dialog', { name: 'Student self-report' }).getByText(en('selfReport.start.intro')).waitFor();
    await screenshot(page, 'selfreport-en-01-start-dialog');
    await page.getByRole('button', { name: 'Cancel' }).click();

    await handOver(page, 'en', 'Patient Health Questionnaire-9 (PHQ-9)');
    const consent = page.getByTestId('self-report-consent');
    await consent.getByText('This is a questionnaire (PHQ-9) of at most 10 questions').waitFor();
    await consent.getByText(en('selfReport.consent.voluntary')).waitFor();
    expect(await page.getByRole('navigation').count()).toBe(0);
    await screenshot(page, 'selfreport-en-02-consent');
    await consent.getByRole('button', { name: "I'd rather not" }).click();
    await page
      .getByTestId('self-report-declined')
      .getByText('The student chose not to fill in Patient Health Questionnaire-9 (PHQ-9).')
      .waitFor();
    await screenshot(page, 'selfreport-en-03-declined');
    await page.getByRole('button', { name: 'OK' }).click();
  });

  test('an answered item survives a lock, and the file offers to resume', async () => {
    await handOver(page, 'en', 'Patient Health Questionnaire-9 (PHQ-9)');
    await page.getByTestId('self-report-consent').getByRole('button', { name: 'I agree' }).click();
    await page.getByTestId('self-report-questionnaire').waitFor();
    expect(await progressLine(page)).toBe('Question 1 of 9');
    await page.getByRole('heading', { name: 'Little interest or pleasure in doing things', level: 1 }).waitFor();
    await answer(page, 'en', 'Not at all');
    await screenshot(page, 'selfreport-en-04-item');

    await page.keyboard.press('Control+l');
    await unlockWithPassphrase(page, 'en', counselor.passphrase);
    await openStudents(page, 'en');
    await page.locator('.roster-row').filter({ hasText: 'Amy Chen' }).click();
    const unfinished = page.getByTestId('self-report-unfinished');
    await unfinished.getByText(/^1 of 9 answered · started /).waitFor();
    await screenshot(page, 'selfreport-en-05-unfinished');
    await unfinished.getByRole('button', { name: 'Resume' }).click();
    expect(await progressLine(page)).toBe('Question 2 of 9');
  });

  test('items may be skipped; the last page says how many have no answer', async () => {
    for (let item = 2; item <= 9; item += 1) {
      expect(await progressLine(page)).toBe(`Question ${item} of 9`);
      await page.getByRole('button', { name: 'Skip this one' }).click();
    }
    const end = page.getByTestId('self-report-end');
    await end.getByText(en('selfReport.end.unanswered', { count: 8 })).waitFor();
    await screenshot(page, 'selfreport-en-06-end');
    await end.getByRole('button', { name: 'Finish' }).click();
    await page.getByTestId('self-report-thanks').getByText('Please let your teacher know you have finished.').waitFor();
    expect(await page.locator('main').innerText()).not.toMatch(/\d|score|symptom|band/i);
    await screenshot(page, 'selfreport-en-07-thanks');
  });

  test('the counselor ends it with the passphrase and is told the critical item was not answered', async () => {
    await page.getByRole('button', { name: 'Counselor: end' }).click();
    await screenshot(page, 'selfreport-en-08-exit');
    await submitExitPassphrase(page, 'en', counselor.passphrase);
    const alert = page.getByTestId('critical-alert');
    await alert.getByText('Student: Amy Chen').waitFor();
    await alert.getByText(en('scales.score.unanswered')).waitFor();
    await screenshot(page, 'selfreport-en-09-critical-alert');
    await alert.getByRole('button', { name: en('scales.alert.seen') }).click();
    await page.getByRole('heading', { name: 'Amy Chen', level: 1 }).waitFor();
    await page.getByRole('navigation').waitFor();
  });
});
