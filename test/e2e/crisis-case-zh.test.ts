import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { choose, dayFromToday, move, openCrisis, openMove, pickIn, record, timelineEntries } from './support/crisis-ui';
import { createStudent } from './support/notes-ui';
import { answer, startAdministering, windowShot } from './support/scales-ui';
import { openStudents } from './support/students-ui';
import { screenshot, setUpVault } from './support/ui';
import { watchPageProblems } from './support/page-problems';

const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };
const phq9 = '患者健康问卷-9（PHQ-9）';
const [red, orange] = ['红色预警(极高风险)', '橙色预警(高风险)'];

describe('a crisis case in Chinese: from a critical PHQ-9 item to a corrected follow-up', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await watchPageProblems(page, problems);
    await setUpVault(page, 'zh-CN', counselor);
    await openStudents(page, 'zh-CN');
    await createStudent(page, 'zh-CN', { name: '王小明', studentNumber: '2025101', grade: '初一' });
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('the critical alert opens a crisis case prefilled with the result; only the level is left to judge', async () => {
    await page.getByTestId('student-crisis-cases').getByText('没有危机个案记录。').waitFor();
    const drawer = await startAdministering(page, 'zh-CN', phq9);
    for (const item of ['1', '2', '3', '4', '5', '6', '7', '8']) await answer(drawer, item, '好几天');
    await answer(drawer, '9', '一半以上的天数');
    await answer(drawer, '10', '有些困难');
    await drawer.getByRole('button', { name: '保存结果' }).click();
    const alert = page.getByRole('alertdialog', { name: '危急条目：请立即处理' });
    await alert.getByText('学生：王小明').waitFor();
    await windowShot(page, 'crisis-zh-01-alert-offers-case');
    await alert.getByRole('button', { name: '立即建立危机个案' }).click();
    await alert.waitFor({ state: 'detached' });

    const dialog = page.getByRole('dialog', { name: '为王小明建立危机个案' });
    await dialog.waitFor();
    expect(await dialog.getByTestId('source-kind').locator('.ant-radio-button-wrapper-checked').innerText()).toBe(
      '量表筛查结果',
    );
    await dialog.getByText(/患者健康问卷-9（PHQ-9） · .* · 触发危急条目/).waitFor();
    expect(await dialog.getByLabel('心理普查').isChecked()).toBe(true);
    // The level is the counselor's judgement: not chosen for them, and asked for.
    await dialog.getByRole('button', { name: '建立个案' }).click();
    await dialog.getByText('请选择一项').waitFor();
    await windowShot(page, 'crisis-zh-02-open-dialog');
    await choose(dialog.getByTestId('level-field'), orange);
    // Found ten days ago: the first follow-up at orange (within 3 days) is overdue now.
    await dialog.getByLabel('发现日期').fill(dayFromToday(-10));
    await dialog.getByRole('button', { name: '建立个案' }).click();
    await dialog.waitFor({ state: 'detached' });

    await page.getByTestId('case-page').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toContain('王小明');
    expect(await page.getByTestId('case-level').innerText()).toBe(orange);
    expect(await page.getByTestId('case-stage').innerText()).toBe('心理普查');
    expect(await page.getByTestId('case-next-follow-up').innerText()).toContain('已逾期 7 天');
    const checklist = await page.getByTestId('case-checklist').innerText();
    for (const item of ['心理老师评估', '与家长沟通', '建议就医', '定期心理辅导']) expect(checklist).toContain(item);
    expect(await page.getByTestId('case-event-opening').innerText()).toContain('量表筛查结果');
    await screenshot(page, 'crisis-zh-03-case-page');
  });

  test('closing is shown but not offered yet, with the reasons in words', async () => {
    const closure = move(page, 'closure');
    expect(await closure.getByRole('button').isDisabled()).toBe(true);
    const why = await closure.innerText();
    expect(why).toContain('个案需先进入心理督查阶段，才能解除。');
    expect(why).toContain('解除前，需要一次在心理督查阶段签字通过的督导评议。');
    expect(await move(page, 'stage-change:intervention').innerText()).toContain('阶段只能逐步推进');
    expect(await move(page, 'return-to-school').getByRole('button').isDisabled()).toBe(true);
    await page.getByTestId('case-moves').scrollIntoViewIfNeeded();
    await windowShot(page, 'crisis-zh-04-moves');
  });

  test('the home screen puts the overdue follow-up above everything else', async () => {
    await page.getByRole('menuitem', { name: '工作台' }).click();
    const urgent = page.getByTestId('follow-ups-urgent');
    await urgent.waitFor();
    const line = await urgent.innerText();
    expect(line).toContain('王小明');
    expect(line).toContain(orange);
    expect(line).toContain('已逾期 7 天');
    const followUps = await page.getByTestId('home-follow-ups').boundingBox();
    const agenda = await page.getByTestId('home-agenda').boundingBox();
    expect(followUps!.y).toBeLessThan(agenda!.y);
    await screenshot(page, 'crisis-zh-05-home-overdue');
    await urgent.getByRole('button', { name: '王小明' }).click();
    await page.getByTestId('case-page').waitFor();
  });

  test('raising to red asks for the guardian notice, and offers none before one is recorded', async () => {
    const dialog = await openMove(page, 'level-change:imminent');
    const notice = dialog.getByTestId('guardian-notice');
    await notice.getByText('当前级别设定以来还没有家长告知记录').waitFor();
    expect(await notice.getByLabel('已告知家长（选择记录）').isDisabled()).toBe(true);
    await dialog.getByLabel('调整原因').fill('学生说已写好遗书');
    await dialog.getByRole('button', { name: '记录' }).click();
    await notice.getByText('请选择一项').waitFor();
    await windowShot(page, 'crisis-zh-06-raise-needs-notice');
    await dialog.getByRole('button', { name: '取消' }).click();
    await dialog.waitFor({ state: 'detached' });
  });

  test('guardians notified, then the raise to red points at that notice', async () => {
    const notified = await openMove(page, 'guardians-notified');
    await notified.getByLabel('监护人姓名').fill('王建国');
    await notified.getByLabel('与学生关系').fill('父亲');
    await choose(notified, '电话');
    await choose(notified, '同意就医');
    await windowShot(page, 'crisis-zh-07-guardians-notified');
    await record(page, 'zh-CN', notified);
    expect(await timelineEntries(page, 'guardians-notified').innerText()).toContain('王建国（父亲）');

    const raise = await openMove(page, 'level-change:imminent');
    await raise.getByLabel('调整原因').fill('学生说已写好遗书');
    await choose(raise.getByTestId('guardian-notice'), '已告知家长（选择记录）');
    await choose(raise.getByTestId('guardian-notice'), '王建国');
    await windowShot(page, 'crisis-zh-08-raise-with-notice');
    await record(page, 'zh-CN', raise);

    expect(await page.getByTestId('case-level').innerText()).toBe(red);
    expect(await page.getByTestId('case-checklist').innerText()).toContain('不让学生独处');
    const change = await timelineEntries(page, 'level-change').innerText();
    expect(change).toContain(red);
    expect(change).toContain('的“家长告知”');
    // At red, intervention may come straight away.
    expect(await move(page, 'stage-change:intervention').getByRole('button').isEnabled()).toBe(true);
  });

  test('a checklist item is marked done with one click', async () => {
    const item = page.getByTestId('checklist-never-alone');
    await item.getByRole('button', { name: '将“不让学生独处”标记为已完成' }).click();
    await item.getByText('已完成').waitFor();
    expect(await timelineEntries(page, 'checklist-item').first().innerText()).toContain('不让学生独处');
  });

  test('a risk assessment and a follow-up are recorded; the next follow-up is tomorrow', async () => {
    const assessment = await openMove(page, 'risk-assessment');
    await choose(assessment.getByTestId('risk-selfHarmThoughts'), '是');
    await choose(assessment.getByTestId('risk-suicidePlan'), '是');
    await choose(assessment.getByTestId('risk-protectiveFactors'), '是');
    await assessment.getByLabel('心理老师的判断').fill('有具体计划和告别行为，家庭支持尚可');
    await choose(assessment.getByTestId('level-field'), red);
    await windowShot(page, 'crisis-zh-09-risk-assessment');
    await record(page, 'zh-CN', assessment);
    const assessed = await timelineEntries(page, 'risk-assessment').innerText();
    expect(assessed).toContain('有具体的自杀计划');
    expect(assessed).toContain('有具体计划和告别行为');

    const followUp = await openMove(page, 'follow-up');
    expect(await followUp.getByLabel('随访人').inputValue()).toBe('王丽');
    await choose(followUp, '面谈');
    await followUp.getByLabel('学生目前状态').fill('情绪低落，愿意交谈');
    await choose(followUp, '无明显变化');
    await record(page, 'zh-CN', followUp);
    expect(await page.getByTestId('case-next-follow-up').innerText()).toContain('还有 1 天');
    expect(await page.getByTestId('case-last-contact').innerText()).toContain('今天');
  });

  test('the home screen lists the next follow-up in the quieter list', async () => {
    await page.getByRole('menuitem', { name: '工作台' }).click();
    const upcoming = page.getByTestId('follow-ups-upcoming');
    await upcoming.waitFor();
    expect(await upcoming.innerText()).toContain('王小明');
    expect(await upcoming.innerText()).toContain(red);
    expect(await page.getByTestId('follow-ups-urgent').count()).toBe(0);
    await screenshot(page, 'crisis-zh-10-home-upcoming');
  });

  test('the caseload lists the case by level and stage, with days since contact and the next follow-up', async () => {
    await openCrisis(page, 'zh-CN');
    const row = page.getByTestId('caseload').locator('tbody tr').first();
    const shown = await row.innerText();
    expect(shown).toContain('王小明');
    expect(shown).toContain(red);
    expect(shown).toContain('心理普查');
    expect(shown).toContain('今天联系过');
    expect(shown).toContain('还有 1 天');
    expect(await page.getByTestId('level-summary').innerText()).toContain('1 个');
    await screenshot(page, 'crisis-zh-11-caseload');
    await row.getByRole('button', { name: '王小明' }).click();
    await page.getByTestId('case-page').waitFor();
  });

  test('correcting the follow-up keeps it, marked, and links it to its correction', async () => {
    const dialog = await openMove(page, 'correction');
    await pickIn(page, dialog, '要更正的记录', /· 随访（/);
    await dialog.getByLabel('更正原因').fill('随访方式记错了，是电话随访');
    const replacement = dialog.getByTestId('replacement');
    await replacement.waitFor();
    expect(await replacement.getByLabel('学生目前状态').inputValue()).toBe('情绪低落，愿意交谈');
    await choose(replacement, '电话');
    await windowShot(page, 'crisis-zh-12-correction');
    await record(page, 'zh-CN', dialog);

    const original = timelineEntries(page, 'follow-up');
    await original.getByTestId('corrected-mark').waitFor();
    const correction = await timelineEntries(page, 'correction').innerText();
    expect(correction).toContain('的“随访”');
    expect(correction).toContain('随访方式记错了，是电话随访');
    expect(correction).toContain('电话');
    await original.getByRole('button', { name: /^查看 .* 的更正$/ }).click();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe(
      'case-event-correction',
    );
    await screenshot(page, 'crisis-zh-13-timeline-corrected');
  });

  test('the student file lists the open case and offers no second one', async () => {
    await page.getByTestId('case-header').getByRole('button', { name: '王小明' }).click();
    const card = page.getByTestId('student-crisis-cases');
    await card.getByText(red).waitFor();
    expect(await card.getByRole('button', { name: '建立危机个案' }).count()).toBe(0);
    await screenshot(page, 'crisis-zh-14-student-file');
    await card.getByRole('button', { name: '查看个案' }).click();
    await page.getByTestId('case-page').waitFor();
  });

  test("the student's timeline carries the case's events beside the scale result, each opening the case", async () => {
    await page.getByTestId('case-header').getByRole('button', { name: '王小明' }).click();
    const timeline = page.getByTestId('student-timeline');
    const events = timeline.getByTestId('timeline-crisis-event');
    await events.first().waitFor();
    const texts = await events.allInnerTexts();
    expect(texts.some((text) => text.includes('建立个案'))).toBe(true);
    expect(texts.some((text) => text.includes('家长告知'))).toBe(true);
    expect(texts.some((text) => text.includes('已更正'))).toBe(true);
    expect(await timeline.getByTestId('timeline-scale-result').count()).toBeGreaterThan(0);
    await screenshot(page, 'crisis-zh-15-student-timeline');
    await events.filter({ hasText: '建立个案' }).getByRole('button').click();
    await page.getByTestId('case-page').waitFor();
  });

  test('nothing broke the Content Security Policy or logged an error', async () => {
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
