import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { choose, openCrisis, timelineEntries } from './support/crisis-ui';
import { createStudent, isoDay } from './support/notes-ui';
import { windowShot } from './support/scales-ui';
import { openStudents } from './support/students-ui';
import { screenshot, setUpVault, shotsFolder } from './support/ui';
import { watchPageProblems } from './support/page-problems';

const counselor = {
  schoolName: 'Tianjin No. 1 High School',
  counselorName: 'Li Wei',
  passphrase: 'clear skies 2025 sunny',
};
const orange = 'Orange — high risk';

/** The print sheet of the form whose preview is open. */
const formSheet = (page: Page) => page.locator('.print-sheet:has(.crisis-print)');

const preview = (page: Page, title: string) => page.getByRole('dialog', { name: `Print preview: ${title}` });

async function closePreview(dialog: Locator): Promise<void> {
  await dialog.locator('.print-preview__actions').getByRole('button', { name: 'Close' }).click();
  await dialog.waitFor({ state: 'detached' });
}

/** Print media at A4 size: a screenshot to look at and a PDF whose page count is returned. */
async function printed(page: Page, name: string, landscape = false): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(landscape ? { width: 1123, height: 794 } : { width: 794, height: 1123 });
  await page.screenshot({ path: join(shotsFolder, `${name}.png`), fullPage: true });
  const pdf = await page.pdf({ path: join(shotsFolder, `${name}.pdf`), preferCSSPageSize: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ media: 'screen' });
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

describe('crisis forms in English: the safety plan wallet card, a refusal to sign, the ledger', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const today = isoDay(new Date());

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('en'));
    await watchPageProblems(page, problems);
    await setUpVault(page, 'en', counselor);
    await openStudents(page, 'en');
    await createStudent(page, 'en', { name: 'Zhang Min', studentNumber: '2025202', grade: 'Junior 1' });
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('a case opened from the student file offers the forms', async () => {
    await page.getByTestId('student-safety-plans').getByText('No safety plan yet.').waitFor();
    await page.getByTestId('student-crisis-cases').getByRole('button', { name: 'Open a crisis case' }).click();
    const dialog = page.getByRole('dialog', { name: 'Open a crisis case for Zhang Min' });
    await choose(dialog.getByTestId('source-kind'), 'Student asked for help');
    await choose(dialog.getByTestId('level-field'), orange);
    await dialog.getByRole('button', { name: 'Open the case' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('case-forms').waitFor();
    await screenshot(page, 'crisis-forms-en-01-case-forms');
  });

  test('a safety plan is made in English and printed as a wallet card that fits a wallet', async () => {
    await page.getByTestId('case-forms').getByRole('button', { name: 'Make a safety plan' }).click();
    const drawer = page.getByTestId('safety-plan-drawer');
    await drawer.getByText('Step 1 My warning signs').waitFor();
    // Printing waits for a saved plan.
    expect(await drawer.getByRole('button', { name: 'Print the wallet card' }).isDisabled()).toBe(true);
    const signs = drawer.getByTestId('plan-step-warningSigns');
    await signs.getByLabel('Warning signs, line 1', { exact: true }).fill('I stop answering my friends');
    for (const [number, text] of [
      [2, 'I lie awake thinking everything is my fault'],
      [3, 'I skip meals'],
      [4, 'I give my things away'],
    ] as const) {
      await signs.getByRole('button', { name: 'Add: Warning signs' }).click();
      await signs.getByLabel(`Warning signs, line ${number}`, { exact: true }).fill(text);
    }
    await drawer
      .getByTestId('plan-step-copingStrategies')
      .getByLabel('Things I can do, line 1', { exact: true })
      .fill('Walk the dog around the block and count the street lamps until I feel calmer again');
    const people = drawer.getByTestId('plan-step-peopleToAsk');
    await people.getByLabel('People to ask, line 1: name', { exact: true }).fill('Aunt Hua');
    await people.getByLabel('People to ask, line 1: phone', { exact: true }).fill('139 0000 3333');
    await drawer
      .getByTestId('plan-step-reasonsForLiving')
      .getByLabel('Reasons for living, line 1', { exact: true })
      .fill('My little brother');
    await windowShot(page, 'crisis-forms-en-02-plan-editor');
    await drawer.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Safety plan saved (version 1) and noted on the case timeline').waitFor();

    await drawer.getByRole('button', { name: 'Print the wallet card' }).click();
    const dialog = preview(page, 'Safety card (wallet size)');
    const card = dialog.getByTestId('wallet-card');
    await card.waitFor();
    await windowShot(page, 'crisis-forms-en-03-card-preview');
    const text = (await formSheet(page).textContent()) ?? '';
    expect(text).toContain('My safety card');
    expect(text).toContain('When I notice:');
    // The first three signs, as the student ordered them; the fourth stays on the full plan.
    expect(text).toContain('I skip meals');
    expect(text).not.toContain('I give my things away');
    // Long lines are shortened to fit the card.
    expect(text).toContain('Walk the dog around the block and c…');
    expect(text).toContain('Aunt Hua');
    expect(text).toContain('139 0000 3333');
    for (const number of ['4000716515', '88588818']) expect(text).toContain(number);
    expect(text).toContain('Emergency: 120 / 110');
    expect(text).not.toContain('Zhang Min');
    const box = await card.locator('.wallet-card').boundingBox();
    expect(Math.round(box!.width)).toBe(Math.round((171.2 / 25.4) * 96));
    expect(Math.round(box!.height)).toBe(Math.round((54 / 25.4) * 96));
    expect(await printed(page, 'crisis-forms-en-04-card-print')).toBe(1);
    await closePreview(dialog);

    await drawer.getByRole('button', { name: 'Print the plan' }).click();
    const plan = preview(page, 'My safety plan');
    await plan.getByTestId('safety-plan-print').waitFor();
    const planText = (await formSheet(page).textContent()) ?? '';
    for (const heading of [
      'Step 1 My warning signs',
      'Step 2 Things I can do on my own',
      'Step 3 People and places that take my mind off things',
      'Step 4 People I can ask for help',
      'Step 5 Professionals and services I can contact',
      'Step 6 Making my surroundings safe',
      'Step 7 My reasons for living',
    ]) {
      expect(planText).toContain(heading);
    }
    expect(planText).toContain('I give my things away');
    expect(await printed(page, 'crisis-forms-en-05-plan-print')).toBe(1);
    await closePreview(plan);
    await drawer.getByRole('button', { name: 'Close' }).first().click();
    await drawer.waitFor({ state: 'detached' });
    expect(await timelineEntries(page, 'safety-plan').count()).toBe(1);
  });

  test('the plan revised from the student file becomes version 2 and the case notes the update', async () => {
    await page.getByTestId('case-header').getByRole('button', { name: 'Zhang Min' }).click();
    const plans = page.getByTestId('student-safety-plans');
    await plans.getByText('version 1').waitFor();
    await screenshot(page, 'crisis-forms-en-06-student-file-plans');
    await plans.getByRole('button', { name: /^Open the safety plan made / }).click();
    const drawer = page.getByTestId('safety-plan-drawer');
    const environment = drawer.getByTestId('plan-step-environmentSafety');
    await environment
      .getByLabel('Making surroundings safe, line 1', { exact: true })
      .fill('Mum keeps the medicines locked away');
    await drawer.getByText('Version 1, with unsaved changes').waitFor();
    // Closing now would lose the student's words: it asks first, and keeping them is the default.
    await drawer.getByRole('button', { name: 'Close' }).first().click();
    const leave = page.getByRole('dialog', { name: 'Drop the unsaved changes?' });
    await leave.waitFor();
    await windowShot(page, 'crisis-forms-en-06b-unsaved-changes');
    await leave.getByRole('button', { name: 'Keep writing' }).click();
    await leave.waitFor({ state: 'detached' });
    await drawer.getByRole('button', { name: 'Save', exact: true }).click();
    await page.getByText('Safety plan saved (version 2) and noted on the case timeline').waitFor();
    // Printed from the file, the plan goes to the printer alone: the file's case summary stays out.
    await drawer.getByRole('button', { name: 'Print the plan' }).click();
    const dialog = preview(page, 'My safety plan');
    await dialog.getByText('Mum keeps the medicines locked away').waitFor();
    const summary = page.getByTestId('print-sheet').filter({ hasNot: page.locator('.crisis-print') });
    expect(await summary.count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await summary.isVisible()).toBe(false);
    expect(await formSheet(page).isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    await closePreview(dialog);
    await drawer.getByRole('button', { name: 'Close' }).first().click();
    await plans.getByText('version 2').waitFor();

    await page.getByTestId('student-crisis-cases').getByRole('button', { name: 'Show the case' }).click();
    await page.getByTestId('case-page').waitFor();
    const noted = await timelineEntries(page, 'safety-plan').allInnerTexts();
    expect(noted).toHaveLength(2);
  });

  test('a parent who refuses to sign is recorded as the outcome of the notification', async () => {
    await page.getByTestId('case-forms').getByRole('button', { name: 'Parent notification' }).click();
    const drawer = page.getByTestId('parent-notice-drawer');
    await drawer.getByLabel("Parent's name").fill('Zhang Li');
    await drawer.getByLabel('Relation to the student').fill('Mother');
    await drawer
      .getByLabel('What the school observed')
      .fill('In class this week Zhang Min wrote that nobody would miss her, and cried during the break.');
    await choose(drawer, 'Other advice');
    await drawer.getByLabel('The other advice').fill('Please collect her from school in person this week.');
    await drawer.getByRole('button', { name: 'Preview and print the letter' }).click();
    const dialog = preview(page, 'Notification to parents');
    await dialog.getByTestId('parent-notice-print').waitFor();
    const letter = (await formSheet(page).textContent()) ?? '';
    expect(letter).toContain('Dear Zhang Li,');
    expect(letter).toContain('nobody would miss her');
    expect(letter).toContain('Please collect her from school in person this week.');
    expect(letter).toContain("Parent's signature:");
    expect(letter).toContain('Where the parent does not sign, two school staff members');
    expect(await printed(page, 'crisis-forms-en-07-letter-print')).toBe(1);
    await closePreview(dialog);

    await choose(drawer, 'Refused to sign');
    await drawer.getByText('A parent refusing to sign is an outcome too').waitFor();
    await windowShot(page, 'crisis-forms-en-08-refused-to-sign');
    await drawer.getByRole('button', { name: "Record the parent's response" }).click();
    await drawer.waitFor({ state: 'detached' });
    const notified = await timelineEntries(page, 'guardians-notified').innerText();
    expect(notified).toContain('Zhang Li (Mother)');
    expect(notified).toContain('Refused to sign');
  });

  test('the ledger in English: the case, a date filter, landscape print and an XLSX with English headers', async () => {
    await openCrisis(page, 'en');
    await page.getByRole('tab', { name: 'Crisis ledger' }).click();
    const ledger = page.getByTestId('ledger');
    await ledger.getByTestId('ledger-count').getByText('Cases: 1 (All time)').waitFor();
    const cells = await ledger.locator('tbody tr.ant-table-row').first().locator('td').allInnerTexts();
    expect(cells.slice(0, 7)).toEqual(['1', 'Zhang Min', '2025202', '', 'Junior 1', today, 'Self-referral']);
    expect(cells[7]).toBe(orange);
    expect(cells[10]).toBe(today);
    expect(cells[13]).toBe(today);
    await screenshot(page, 'crisis-forms-en-09-ledger');

    // A period that ends before the case was found lists nothing; an end before the start asks for a fix.
    await ledger.getByLabel('To', { exact: true }).fill('2020-01-31');
    await ledger.getByTestId('ledger-count').getByText('Cases: 0 (… to 2020-01-31)').waitFor();
    await ledger.getByLabel('From', { exact: true }).fill('2020-02-01');
    await ledger.getByText('The end day is before the start day.').waitFor();
    await ledger.getByLabel('From', { exact: true }).fill('');
    await ledger.getByLabel('To', { exact: true }).fill('');
    await ledger.getByTestId('ledger-count').getByText('Cases: 1 (All time)').waitFor();

    await ledger.getByRole('button', { name: 'Print the ledger' }).click();
    const dialog = preview(page, 'Crisis ledger');
    await dialog.getByTestId('ledger-print').waitFor();
    await windowShot(page, 'crisis-forms-en-10-ledger-preview');
    expect(await printed(page, 'crisis-forms-en-11-ledger-print', true)).toBe(1);
    await closePreview(dialog);

    await ledger.getByRole('button', { name: 'Export XLSX' }).click();
    const confirm = page.getByRole('dialog', { name: 'Export the crisis ledger' });
    await confirm.getByText("Keep it on the school's protected drive").waitFor();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      confirm.getByRole('button', { name: 'Export' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`crisis-ledger-${today}.xlsx`);
    const file = join(shotsFolder, 'crisis-forms-en-ledger.xlsx');
    await download.saveAs(file);
    const workbook = new Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const values = (row: number) => (sheet.getRow(row).values as unknown[]).slice(1).map(String);
    expect(values(1).slice(0, 6)).toEqual(['No.', 'Name', 'Student number', 'Gender', 'Grade and class', 'Date found']);
    expect(values(2).slice(0, 2)).toEqual(['1', 'Zhang Min']);
    expect(values(2)[7]).toBe(orange);
  });

  test('nothing logged an error', () => {
    expect(problems).toEqual([]);
  });
});
