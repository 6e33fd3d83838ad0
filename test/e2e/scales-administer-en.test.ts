import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { createStudent, isoDay } from './support/notes-ui';
import { answer, scoreLine, startAdministering, windowShot } from './support/scales-ui';
import { openStudents } from './support/students-ui';
import { screenshot, setUpVault } from './support/ui';

const counselor = {
  schoolName: 'Tianjin No. 1 Middle School',
  counselorName: 'Li Na',
  passphrase: 'willow by the haihe river',
};
const asq = 'Ask Suicide-Screening Questions (ASQ)';
const who5 = 'WHO-5 Well-Being Index';
const positive = 'Positive suicide risk screen (items 1–4)';
const acute = 'Thoughts of killing oneself right now (item 5)';

describe('administering in English: ASQ with its conditional item and outcomes, WHO-5 and its trend', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  const panel = () => page.getByTestId('administer-drawer').getByTestId('score-panel');

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('en'));
    await setUpVault(page, 'en', counselor);
    await openStudents(page, 'en');
    await createStudent(page, 'en', { name: 'Wang Xiaoming', studentNumber: '2025101', grade: 'Junior 1' });
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('ASQ item 5 appears only after a yes, and the outcome and critical items follow every answer', async () => {
    const drawer = await startAdministering(page, 'en', asq);
    expect(await drawer.getByTestId('item-5').count()).toBe(0);
    await answer(drawer, '1', 'Yes');
    await drawer.getByTestId('item-5').waitFor();
    expect(await panel().getByTestId('critical-lines').innerText()).toContain(positive);

    // Keyboard: the options of an item are one radio group, so arrows move the answer.
    await drawer.getByTestId('item-2').getByLabel('Yes', { exact: true }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await drawer.getByTestId('item-2').getByLabel('No', { exact: true }).isChecked()).toBe(true);

    await answer(drawer, '3', 'No');
    await answer(drawer, '4', 'No');
    await answer(drawer, '5', 'No');
    expect(await panel().getByTestId('outcome-screen').innerText()).toContain('Non-acute positive');
    await answer(drawer, '5', 'Yes');
    expect(await panel().getByTestId('outcome-screen').innerText()).toContain('Acute positive');
    expect(await panel().getByTestId('critical-lines').innerText()).toContain(acute);

    await answer(drawer, '1', 'No');
    await drawer.getByTestId('item-5').waitFor({ state: 'detached' });
    expect(await panel().getByTestId('outcome-screen').innerText()).toContain('Negative screen');
    expect(await panel().innerText()).toContain('No critical item raised');

    // Item 5 comes back unanswered: the earlier answer was dropped when it stopped applying.
    await answer(drawer, '1', 'Yes');
    expect(await drawer.getByTestId('item-5').getByLabel('Yes', { exact: true }).isChecked()).toBe(false);
    expect(await panel().getByTestId('critical-lines').innerText()).toContain('Unanswered: cannot be ruled out');
    await answer(drawer, '5', 'Yes');
    await windowShot(page, 'scales-en-10-administer-asq');
  });

  test('saving shows the alert with both critical items, what to do now and the hotlines', async () => {
    await page.getByTestId('administer-drawer').getByRole('button', { name: 'Save the result' }).click();
    const alert = page.getByRole('alertdialog', { name: 'Critical item: act now' });
    await alert.getByText('Student: Wang Xiaoming').waitFor();
    await alert.getByTestId('hotline-list').waitFor();
    const shown = await alert.innerText();
    expect(shown).toContain(positive);
    expect(shown).toContain(acute);
    expect(shown).toContain('Keep the student in sight');
    expect(shown).toContain('Sunshine family hotline');
    expect(shown).toContain('4000716515');
    await windowShot(page, 'scales-en-11-critical-alert');
    await alert.getByRole('button', { name: 'I have seen this' }).click();
    await alert.waitFor({ state: 'detached' });

    const result = page.getByTestId('result-view');
    expect(await result.getByTestId('outcome-screen').innerText()).toContain('Acute positive');
    expect(await result.getByTestId('answer-list').innerText()).toContain(
      'Are you having thoughts of killing yourself right now?',
    );
    expect(await result.innerText()).toContain('Entered by the counselor');
    await windowShot(page, 'scales-en-12-result');
    await page.getByRole('button', { name: 'Close' }).click();
    await result.waitFor({ state: 'detached' });
    // Without bands, the file's table reads ASQ by its outcome.
    expect(await page.getByTestId('results-asq').locator('tbody tr').innerText()).toContain('Acute positive');
  });

  test('two WHO-5 results draw a trend where higher is better', async () => {
    const monthAgo = isoDay(new Date(Date.now() - 30 * 24 * 3600 * 1000));
    for (const [date, option, percentage] of [
      [monthAgo, 'Less than half of the time', '40 points'],
      [isoDay(new Date()), 'Most of the time', '80 points'],
    ] as const) {
      const drawer = await startAdministering(page, 'en', who5);
      await drawer.getByLabel('Date given', { exact: true }).fill(date);
      for (const item of ['1', '2', '3', '4', '5']) await answer(drawer, item, option);
      expect(await scoreLine(panel(), 'percentage')).toContain(percentage);
      await drawer.getByRole('button', { name: 'Save the result' }).click();
      await page.getByTestId('result-view').waitFor();
      await page.getByRole('button', { name: 'Close' }).click();
    }
    const chart = page.getByTestId('results-who-5').getByTestId('trend-chart');
    await chart.locator('canvas').waitFor();
    const summary = await chart.getByRole('img').getAttribute('aria-label');
    expect(summary).toContain('2 results');
    expect(summary).toContain('40 (Low well-being');
    expect(summary).toContain('80 (No indication of low well-being)');
    expect(summary).toContain('Higher scores mean better well-being');
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'scales-en-13-file-with-trends');
    await chart.screenshot({ path: '/tmp/xinqing-shots/scales-en-14-trend-chart.png' });
  });
});
