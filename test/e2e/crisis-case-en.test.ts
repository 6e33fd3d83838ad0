import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { choose, move, openCrisis, openMove, record, timelineEntries } from './support/crisis-ui';
import { createStudent } from './support/notes-ui';
import { windowShot } from './support/scales-ui';
import { openStudents } from './support/students-ui';
import { screenshot, setUpVault } from './support/ui';
import { watchPageProblems } from './support/page-problems';

const counselor = {
  schoolName: 'Tianjin No. 1 Middle School',
  counselorName: 'Wang Li',
  passphrase: 'clear-sky 2025 sunny',
};
const yellow = 'Yellow — moderate risk';

describe('a crisis case in English: opened from a note, on leave and back, reviewed and closed', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('en'));
    await watchPageProblems(page, problems);
    await setUpVault(page, 'en', counselor);
    await openStudents(page, 'en');
    await createStudent(page, 'en', { name: 'Li Na', studentNumber: '2025201', grade: 'Junior 2' });
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test("a note's urgent risk check offers to open a case, as a self-referral the counselor can change", async () => {
    await page.getByRole('button', { name: 'New session note' }).first().click();
    await page.getByLabel('Urgent').check();
    const panel = page.getByTestId('crisis-panel');
    await panel.getByRole('button', { name: 'Open a crisis case' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a crisis case for Li Na' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('source-kind').locator('.ant-radio-button-wrapper-checked').innerText()).toBe(
      'Student asked for help',
    );
    expect(await dialog.getByLabel('Monitoring and assessment').isChecked()).toBe(true);
    await choose(dialog.getByTestId('level-field'), yellow);
    await windowShot(page, 'crisis-en-01-open-dialog');
    await dialog.getByRole('button', { name: 'Open the case' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByTestId('case-page').waitFor();
    expect(await page.getByTestId('case-level').innerText()).toBe(yellow);
    expect(await page.getByTestId('case-stage').innerText()).toBe('Monitoring and assessment');
    const checklist = await page.getByTestId('case-checklist').innerText();
    expect(checklist).toContain('Yellow — moderate risk: checklist');
    expect(checklist).toContain('Advise a medical visit');
    expect(await move(page, 'closure').innerText()).toContain(
      'Closing needs a supervision review, at the supervision stage, that signed off.',
    );
    await screenshot(page, 'crisis-en-02-case-page');
  });

  test('a leave of absence, then the return to school with its assessment', async () => {
    const leave = await openMove(page, 'leave-of-absence');
    await leave.getByLabel('Reason for the leave').fill('In hospital, as the family reports');
    await record(page, 'en', leave);
    expect(await move(page, 'leave-of-absence').innerText()).toContain('The student is already on leave.');

    const back = await openMove(page, 'return-to-school');
    await back.getByRole('button', { name: 'Record' }).click();
    await back.getByText('Please fill this in').waitFor();
    await back.getByLabel('Return assessment (counselor)').fill('Calm, sleeping better, wants to attend classes.');
    await choose(back, 'Not seen');
    await windowShot(page, 'crisis-en-03-return-to-school');
    await record(page, 'en', back);
    const returned = await timelineEntries(page, 'return-to-school').innerText();
    expect(returned).toContain('Calm, sleeping better');
    expect(returned).toContain('Not seen');
    expect(await move(page, 'return-to-school').innerText()).toContain('The student is not on leave.');
  });

  test('straight to supervision, a signed-off review, and the case closes', async () => {
    const toSupervision = await openMove(page, 'stage-change:supervision');
    await record(page, 'en', toSupervision);
    expect(await page.getByTestId('case-stage').innerText()).toBe('Supervision');

    const review = await openMove(page, 'supervision-review:comment');
    await review.getByLabel('Reviewer').fill('Liu, district center');
    await review.getByLabel('Comments').fill('Handled well; the family follows the hospital advice.');
    await review.getByLabel('Signed off (the case may close)').check();
    await record(page, 'en', review);

    const closure = await openMove(page, 'closure');
    await choose(closure, 'Risk resolved');
    await windowShot(page, 'crisis-en-04-closure');
    await record(page, 'en', closure);
    await page
      .getByTestId('case-closed')
      .getByText(/^The case was closed on .* \(Risk resolved\)\./)
      .waitFor();
    expect(await page.getByTestId('case-stage').innerText()).toBe('Closed');
    // Only corrections are left: one sentence says why, instead of a refusal under every move.
    const moves = page.getByTestId('case-moves');
    await moves.getByText('The case is closed: its records can only be corrected.').waitFor();
    expect(await moves.getByRole('button').allInnerTexts()).toEqual(['Correct a record']);
    expect(await page.getByTestId('case-checklist').getByRole('button').count()).toBe(0);
    expect(await page.getByTestId('stage-steps').innerText()).toContain('Skipped');
    await screenshot(page, 'crisis-en-05-closed');
  });

  test('the caseload has no open case, and lists the closed one', async () => {
    await openCrisis(page, 'en');
    await page.getByTestId('caseload').getByText('No open crisis cases.').waitFor();
    await page.getByTestId('caseload').getByText('Closed', { exact: true }).click();
    const row = page.getByTestId('caseload').locator('tbody tr').first();
    await row.waitFor();
    expect(await row.innerText()).toContain('Li Na');
    expect(await row.innerText()).toContain(yellow);
    await screenshot(page, 'crisis-en-06-caseload-closed');
  });

  test('with no follow-up due, the home screen shows none', async () => {
    await page.getByRole('menuitem', { name: 'Home' }).click();
    await page.getByTestId('home-agenda').getByText('No next appointments planned.').waitFor();
    // Both lists are asked for at once; the follow-ups have had time to arrive.
    await page.waitForTimeout(500);
    expect(await page.getByTestId('home-follow-ups').count()).toBe(0);
  });

  test('nothing broke the Content Security Policy or logged an error', async () => {
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
