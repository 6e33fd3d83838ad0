import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { createStudent, isoDay } from './support/notes-ui';
import { answer, scoreLine, startAdministering, windowShot } from './support/scales-ui';
import { openStudents } from './support/students-ui';
import { screenshot, setUpVault } from './support/ui';
import { watchPageProblems } from './support/page-problems';

const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };
const phq9 = '患者健康问卷-9（PHQ-9）';
const [never, several, moreThanHalf] = ['完全不会', '好几天', '一半以上的天数'];

describe('administering PHQ-9 in Chinese: live score, critical alert, result, timeline, trend', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const fourWeeksAgo = isoDay(new Date(Date.now() - 28 * 24 * 3600 * 1000));

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await watchPageProblems(page, problems);
    await setUpVault(page, 'zh-CN', counselor);
    await openStudents(page, 'zh-CN');
    await createStudent(page, 'zh-CN', { name: '王小明', studentNumber: '2025101', grade: '初一' });
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('the live score follows the answers: 12, moderate, and item 9 raised, before saving', async () => {
    const card = page.getByTestId('student-scales');
    await card.getByText('还没有量表结果。').waitFor();
    const drawer = await startAdministering(page, 'zh-CN', phq9);
    expect(await drawer.getByLabel('施测日期', { exact: true }).inputValue()).toBe(isoDay(new Date()));
    expect(await drawer.getByLabel('简体中文').isChecked()).toBe(true);
    // Item 10 is asked only once a problem was checked.
    expect(await drawer.getByTestId('item-10').count()).toBe(0);
    await drawer.getByLabel('施测日期', { exact: true }).fill(fourWeeksAgo);

    for (const [item, option] of [
      ['1', moreThanHalf],
      ['2', moreThanHalf],
      ['3', moreThanHalf],
      ['4', several],
      ['5', several],
      ['6', several],
      ['7', several],
      ['8', several],
    ] as const) {
      await answer(drawer, item, option);
    }
    await drawer.getByTestId('item-10').waitFor();
    const panel = drawer.getByTestId('score-panel');
    // Eight of nine answered: 11 prorated to 12 (at most two may be missing), already moderate.
    const prorated = await scoreLine(panel, 'total');
    expect(prorated).toContain('12 分');
    expect(prorated).toContain('中度抑郁症状');
    expect(prorated).toContain('按已答题目折算');
    expect(await panel.getByTestId('critical-lines').innerText()).toContain('未作答，不能排除');
    await windowShot(page, 'scales-zh-01-administer-typing');

    await answer(drawer, '9', several);
    await answer(drawer, '10', '有些困难');
    const total = await scoreLine(panel, 'total');
    expect(total).toContain('12 分');
    expect(total).toContain('中度抑郁症状');
    expect(total).not.toContain('折算');
    const critical = await panel.getByTestId('critical-lines').innerText();
    expect(critical).toContain('第 9 题：有不如死掉或伤害自己的念头');
    expect(critical).toContain('已触发');
    await windowShot(page, 'scales-zh-02-administer-complete');
  });

  test('closing with answers asks first, and keeping on keeps every answer', async () => {
    const drawer = page.getByTestId('administer-drawer');
    await drawer.locator('.ant-drawer-footer').getByRole('button', { name: '关闭' }).click();
    const confirm = page.getByRole('dialog', { name: '答案还没有保存' });
    await confirm.getByText('已经填了 10 题。关闭后这些答案不会保留。').waitFor();
    await windowShot(page, 'scales-zh-03-leave-confirm');
    await confirm.getByRole('button', { name: '继续填写' }).click();
    await confirm.waitFor({ state: 'detached' });
    expect(await drawer.getByTestId('item-9').getByLabel(several).isChecked()).toBe(true);
  });

  test('saving raises the critical alert at once, with the student and the hotlines', async () => {
    await page.getByTestId('administer-drawer').getByRole('button', { name: '保存结果' }).click();
    const alert = page.getByRole('alertdialog', { name: '危急条目：请立即处理' });
    await alert.waitFor();
    await alert.getByText('学生：王小明').waitFor();
    await alert.getByTestId('hotline-list').waitFor();
    const shown = await alert.innerText();
    expect(shown).toContain('第 9 题：有不如死掉或伤害自己的念头');
    expect(shown).toContain('学生离开前，做一次简短的安全评估。');
    expect(shown).toContain('阳光家庭热线');
    expect(shown).toContain('4000716515');
    expect(shown).toContain('88588818');
    await windowShot(page, 'scales-zh-04-critical-alert');
    // Escape does not dismiss it: only the counselor's acknowledgement does.
    await page.keyboard.press('Escape');
    expect(await alert.isVisible()).toBe(true);
    await alert.getByRole('button', { name: '知道了' }).click();
    await alert.waitFor({ state: 'detached' });
  });

  test('the stored result shows scores, band, critical item, answers and the version it was scored with', async () => {
    const result = page.getByTestId('result-view');
    await result.waitFor();
    expect(await scoreLine(result, 'total')).toContain('12 分');
    expect(await scoreLine(result, 'total')).toContain('中度抑郁症状');
    expect(await result.getByTestId('critical-lines').innerText()).toContain('已触发');
    const answers = await result.getByTestId('answer-list').innerText();
    expect(answers).toContain('有不如死掉或用某种方式伤害自己的念头');
    expect(answers).toContain('好几天（1 分）');
    expect(await result.innerText()).toContain('心理老师录入');
    expect(await result.innerText()).toContain('王丽 保存于');
    expect(await result.getByTestId('result-definition').innerText()).toMatch(/^1\.\d+\.\d+ · 指纹 [0-9a-f]{16}$/);
    await windowShot(page, 'scales-zh-05-result');
    await page.getByRole('button', { name: '关闭' }).click();
    await result.waitFor({ state: 'detached' });
  });

  test('the file lists the result with its band, and the timeline has it under scale results', async () => {
    const rows = page.getByTestId('results-phq-9').locator('tbody tr');
    expect(await rows.count()).toBe(1);
    const row = await rows.first().innerText();
    expect(row).toContain('12');
    expect(row).toContain('中度抑郁症状');
    expect(row).toContain('危急');
    // One result is no trend yet.
    expect(await page.getByTestId('trend-chart').count()).toBe(0);

    const timeline = page.getByTestId('student-timeline');
    await timeline.getByLabel('辅导记录').uncheck();
    const entry = timeline.getByTestId('timeline-scale-result');
    expect(await entry.innerText()).toContain(phq9);
    expect(await entry.innerText()).toContain('12 分');
    expect(await entry.innerText()).toContain('中度抑郁症状');
    expect(await entry.innerText()).toContain('危急');
    await timeline.getByLabel('量表结果').uncheck();
    expect(await timeline.getByTestId('timeline-scale-result').count()).toBe(0);
    await timeline.getByLabel('量表结果').check();
    await screenshot(page, 'scales-zh-06-file-and-timeline');
    await entry.getByRole('button', { name: phq9 }).click();
    await page.getByTestId('result-view').waitFor();
    await page.getByRole('button', { name: '关闭' }).click();
  });

  test('a second PHQ-9 today draws the trend with its bands and a spoken summary', async () => {
    const drawer = await startAdministering(page, 'zh-CN', phq9);
    for (const item of ['1', '2', '3', '4', '5', '6', '7', '8']) await answer(drawer, item, several);
    await answer(drawer, '9', never);
    await answer(drawer, '10', '有些困难');
    expect(await scoreLine(drawer.getByTestId('score-panel'), 'total')).toContain('轻度抑郁症状');
    expect(await drawer.getByTestId('score-panel').innerText()).toContain('未触发危急条目');
    await drawer.getByRole('button', { name: '保存结果' }).click();
    await page.getByTestId('result-view').waitFor();
    // No critical item, no alert.
    expect(await page.getByRole('alertdialog').count()).toBe(0);
    await page.getByRole('button', { name: '关闭' }).click();

    const chart = page.getByTestId('trend-chart');
    await chart.locator('canvas').waitFor();
    const summary = await chart.getByRole('img').getAttribute('aria-label');
    expect(summary).toContain('共 2 次结果');
    expect(summary).toContain('12 分（中度抑郁症状）');
    expect(summary).toContain('8 分（轻度抑郁症状）');
    expect(summary).toContain('分数越高，担忧越多');
    expect(await page.getByTestId('results-phq-9').locator('tbody tr').count()).toBe(2);
    await chart.scrollIntoViewIfNeeded();
    await screenshot(page, 'scales-zh-07-trend');
    await chart.screenshot({ path: '/tmp/xinqing-shots/scales-zh-08-trend-chart.png' });
  });

  test('nothing broke the Content Security Policy or logged an error', async () => {
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
