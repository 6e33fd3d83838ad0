import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { fileStudents, openClassChecks } from './support/class-checks-ui';
import { pickOption } from './support/students-ui';
import { screenshot, setUpVault, text } from './support/ui';

const counselor = {
  schoolName: 'Tianjin No. 1 Middle School',
  counselorName: 'Li Wen',
  passphrase: 'clear skies 2025!',
};

const roster = [
  { name: 'Zhang Wei', studentNumber: '2025101', grade: 'J1', classNumber: 1, classTeacher: 'Ms Zhao' },
  { name: 'Liu Yang', studentNumber: '2025102', grade: 'J1', classNumber: 1, classTeacher: 'Ms Zhao' },
  { name: 'Chen Jing', studentNumber: '2025201', grade: 'J1', classNumber: 2, classTeacher: 'Mr Sun' },
  { name: 'Wang Fang', studentNumber: '2025202', grade: 'J1', classNumber: 2, classTeacher: 'Mr Sun' },
  { name: 'Zhou Min', studentNumber: '2024301', grade: 'J2', classNumber: 3, classTeacher: '' },
];

describe('class teachers’ monthly checks: zero report, report, not reported, a case from a report (English)', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  const missing = () => page.getByTestId('missing-classes');
  const reported = () => page.getByTestId('reported-classes');
  const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('en'));
    await setUpVault(page, 'en', counselor);
    await fileStudents(page, roster);
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('this month lists every class of the roster as not reported', async () => {
    await openClassChecks(page, 'en');
    await missing().getByRole('heading', { name: 'Not reported (3 classes)' }).waitFor();
    const rows = await missing().locator('tbody tr').allInnerTexts();
    expect(rows.map((row) => row.split('\t').slice(0, 2))).toEqual([
      ['Junior 1, class 1', 'Ms Zhao'],
      ['Junior 1, class 2', 'Mr Sun'],
      ['Junior 2, class 3', '(no class teacher given)'],
    ]);
    await reported().getByText('No class has reported for this month yet.').waitFor();
    await screenshot(page, 'class-checks-en-01-none-reported');
  });

  test('a zero report takes one click', async () => {
    await missing().getByRole('button', { name: 'Nothing to report: Junior 1, class 1' }).click();
    await page.getByText('Zero report recorded for Junior 1, class 1').waitFor();
    const row = reported().getByRole('row', { name: /Junior 1, class 1/ });
    await row.getByText('Nothing to report').waitFor();
    expect(await row.innerText()).toContain('Ms Zhao');
    expect(await row.innerText()).toContain('Version 1');
    await missing().getByRole('heading', { name: 'Not reported (2 classes)' }).waitFor();
    await screenshot(page, 'class-checks-en-02-zero-report');

    await row.getByRole('button', { name: 'View the report of Junior 1, class 1' }).click();
    const drawer = page.getByRole('dialog', { name: /Junior 1, class 1 · class check for/ });
    await drawer.getByText('Zero report: no student in the class is on watch this month.').waitFor();
    expect(await drawer.innerText()).toContain('2'); // the class size the roster counts
    await page.keyboard.press('Escape');
    await drawer.waitFor({ state: 'hidden' });
  });

  test('a report names a student on watch; the third class stays not reported', async () => {
    await missing().getByRole('button', { name: 'Report: Junior 1, class 2', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: /Junior 1, class 2 · class check for/ });
    expect(await dialog.getByLabel('Class teacher').inputValue()).toBe('Mr Sun');
    expect(await dialog.getByLabel('Class size').inputValue()).toBe('2');
    await dialog.getByRole('button', { name: 'Save the report' }).click();
    await dialog.getByText('Choose a student').waitFor();
    await dialog.getByText('Fill this in').waitFor();
    await screenshot(page, 'class-checks-en-03-report-validation');

    const student = dialog.getByTestId('watch-row');
    await student.getByLabel('Student', { exact: true }).click();
    await pickOption(page, 'Chen Jing (2025201)');
    await student.getByText('New', { exact: true }).click();
    await student.getByLabel('Reason').fill('Withdrawn since the mid-term exams');
    await student.getByLabel('What the teacher saw').fill('Eats lunch alone, has stopped handing in homework.');
    await student
      .getByLabel('Action taken')
      .fill('Talked with her after class; asked the class monitor to keep an eye out.');
    await student.getByLabel('Reported to the counselor').check();
    await student.getByLabel('Parents informed').check();
    await screenshot(page, 'class-checks-en-04-report-filled');
    await dialog.getByRole('button', { name: 'Save the report' }).click();
    await dialog.waitFor({ state: 'hidden' });

    const row = reported().getByRole('row', { name: /Junior 1, class 2/ });
    await row.getByText('1 student on watch').waitFor();
    expect(await row.innerText()).toContain('New 1 · continuing 0 · cleared 0');
    await missing().getByRole('heading', { name: 'Not reported (1 class)' }).waitFor();
    expect(await missing().locator('tbody tr').allInnerTexts()).toEqual([expect.stringContaining('Junior 2, class 3')]);
    await screenshot(page, 'class-checks-en-05-month');
  });

  test('the reported student becomes a crisis case with the report as its source', async () => {
    await reported()
      .getByRole('row', { name: /Junior 1, class 2/ })
      .getByRole('button', { name: 'View the report of Junior 1, class 2' })
      .click();
    const drawer = page.getByRole('dialog', { name: /Junior 1, class 2 · class check for/ });
    const entry = drawer.getByRole('listitem', { name: 'Chen Jing' });
    await entry.getByText('Withdrawn since the mid-term exams').waitFor();
    expect(await drawer.innerText()).toContain('Version 1 (the one that counts)');
    await screenshot(page, 'class-checks-en-06-report-view');

    await entry.getByRole('button', { name: 'Open a crisis case' }).click();
    const opening = page.getByRole('dialog', { name: en('crisis.open.titleFor', { name: 'Chen Jing' }) });
    await opening.getByText(en('crisis.sources.class-check')).first().waitFor();
    await opening.getByTestId('level-field').getByText('Yellow — moderate risk').click();
    await screenshot(page, 'class-checks-en-07-open-case');
    await opening.getByRole('button', { name: en('crisis.open.submit') }).click();
    const casePage = page.getByTestId('case-page');
    await casePage.waitFor();
    await casePage.getByText('Chen Jing').first().waitFor();
    await casePage.getByText('Yellow — moderate risk').first().waitFor();
    await screenshot(page, 'class-checks-en-08-case-page');
  });

  test('in settings, the level the case uses cannot be removed, and says which it is', async () => {
    await page.getByRole('menuitem', { name: 'Settings' }).click();
    await page.getByRole('tab', { name: 'Hotlines and warning levels' }).click();
    const policy = page.getByTestId('crisis-policy-card');
    const yellow = policy.getByRole('listitem', { name: 'Yellow — moderate risk' });
    expect(await yellow.innerText()).toContain('First follow-up within 14 days, then every 14 days');
    await yellow.getByRole('button', { name: 'Remove' }).click();
    const confirm = page.getByRole('tooltip').filter({ hasText: 'Remove the warning level “Yellow — moderate risk”?' });
    await confirm.getByRole('button', { name: 'Remove' }).click();
    const refusal = policy.getByTestId('policy-error');
    await refusal.getByText(en('errors.POLICY_IN_USE')).waitFor();
    await refusal.getByText('The level still in use: Yellow — moderate risk').waitFor();
    expect(await yellow.count()).toBe(1);
    await screenshot(page, 'class-checks-en-09-policy-in-use');

    await page.getByRole('button', { name: /^Hotlines/ }).click();
    const panel = page.getByRole('dialog', { name: 'Hotlines' });
    await panel.getByText('Psychological aid hotline').waitFor();
    expect(await panel.innerText()).toContain('88588818');
    expect(await panel.innerText()).toContain('Weekends');
    await screenshot(page, 'hotlines-en-01-panel');
    await page.keyboard.press('Escape');
    await page.getByTestId('hotlines-card').getByRole('button', { name: 'Add a hotline' }).click();
    await page.getByRole('dialog', { name: 'Add a hotline' }).getByRole('button', { name: 'Save' }).click();
    await page.getByText('Enter a name in at least one language').waitFor();
    await screenshot(page, 'hotlines-en-02-dialog-validation');
    await page.getByRole('dialog', { name: 'Add a hotline' }).getByRole('button', { name: 'Cancel' }).click();
    await screenshot(page, 'hotlines-en-03-settings');
  });
});
