import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { createStudent, isoDay, waitForSaved } from './support/notes-ui';
import { openStudents } from './support/students-ui';
import { screenshot, setUpVault, unlockWithPassphrase } from './support/ui';

const counselor = {
  schoolName: 'Tianjin No. 1 Middle School',
  counselorName: 'Li Wang',
  passphrase: 'clear skies sunny-2025',
};

describe('session notes in English: locking keeps the typing, sign, search, agenda', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const today = isoDay(new Date());
  const field = (label: string) => page.getByLabel(label, { exact: true });

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('en'));
    await setUpVault(page, 'en', counselor);
    await openStudents(page, 'en');
    await createStudent(page, 'en', { name: 'Zhang Wei', studentNumber: '2025201', grade: 'Junior 2' });
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('text typed just before Ctrl+L is saved before the lock and is there after unlocking', async () => {
    await page.getByRole('button', { name: 'New session note' }).first().click();
    await page.getByRole('heading', { name: 'Zhang Wei · Session note', level: 1 }).waitFor();
    expect(await page.getByTestId('note-numbers').innerText()).toContain('Case number: assigned at signing');
    await field('Presenting problem').fill('Cannot sleep before exams and feels anxious in class.');
    await page.keyboard.press('Control+L');
    await page.getByRole('heading', { name: 'Locked' }).waitFor();
    await unlockWithPassphrase(page, 'en', counselor.passphrase);
    await page.getByTestId('home-drafts').getByRole('button', { name: 'Zhang Wei' }).click();
    await page
      .getByTestId('draft-notice')
      .getByText(/^Restored the draft saved automatically at \d\d:\d\d\.$/)
      .waitFor();
    expect(await field('Presenting problem').inputValue()).toBe(
      'Cannot sleep before exams and feels anxious in class.',
    );
    await screenshot(page, 'notes-en-01-restored-after-lock');
  });

  test('a complete note is signed and keeps its case number', async () => {
    await field('Start time').fill('14:00');
    await field('End time').fill('14:40');
    await page.getByLabel('Individual').check();
    await page.getByLabel('In person').check();
    await page.getByLabel('Referred by a teacher').check();
    await page.getByLabel('Study').check();
    await page.getByLabel('Urgent').check();
    await page.getByTestId('crisis-panel').getByText("Follow the school's crisis procedure now").waitFor();
    await screenshot(page, 'notes-en-02-crisis-panel');
    await page.getByLabel('No concern').check();
    await field('Appointment date').fill(today);
    await field('Appointment time').fill('23:45');
    await field('Appointment note').fill('Check on sleep');
    await waitForSaved(page, 'en');
    await screenshot(page, 'notes-en-03-editor');
    await page.getByRole('button', { name: 'Sign and finalise' }).click();
    await page
      .getByRole('dialog', { name: 'Sign and finalise this note?' })
      .getByRole('button', { name: 'Sign' })
      .click();
    const signature = page.getByTestId('note-signature');
    await signature.getByText(/Case \d{4}-001/).waitFor();
    expect(await signature.innerText()).toContain('Session 1');
    expect(await signature.innerText()).toContain('Signed by Li Wang');
    await screenshot(page, 'notes-en-04-signed');
  });

  test('search finds the note by an English word, and the home screen lists the appointment', async () => {
    await page.getByRole('menuitem', { name: 'Search notes' }).click();
    await page.getByLabel('Search the session notes').fill('sleep');
    await page.getByLabel('Search the session notes').press('Enter');
    await page.getByTestId('search-count').getByText('"sleep": 1 notes found').waitFor();
    expect(await page.locator('.snippet mark').first().innerText()).toBe('sleep');
    await screenshot(page, 'notes-en-05-search');

    await page.getByRole('menuitem', { name: 'Home' }).click();
    const agenda = page.getByTestId('home-agenda');
    await agenda.getByText('Today', { exact: true }).waitFor();
    await agenda.getByText('Check on sleep').waitFor();
    await screenshot(page, 'notes-en-06-home');
    await agenda.getByRole('button', { name: 'Zhang Wei' }).click();
    await page.getByTestId('student-timeline').getByText('Signed', { exact: true }).waitFor();
    await screenshot(page, 'notes-en-07-timeline');
  });
});
