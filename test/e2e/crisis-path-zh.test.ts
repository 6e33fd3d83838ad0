import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Workbook } from 'exceljs';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { choose, openCrisis, openMove, pickIn, record, timelineEntries } from './support/crisis-ui';
import { createStudent, isoDay } from './support/notes-ui';
import { answer, startAdministering, windowShot } from './support/scales-ui';
import { openStudents } from './support/students-ui';
import { screenshot, setUpVault, shotsFolder } from './support/ui';
import { watchPageProblems } from './support/page-problems';

const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };
const phq9 = '患者健康问卷-9（PHQ-9）';
const [red, orange] = ['红色预警(极高风险)', '橙色预警(高风险)'];
const hotlineNumbers = ['4000716515', '88588818'];
const planHeadings = [
  '第 1 步 我的预警信号',
  '第 2 步 我自己可以做的事',
  '第 3 步 能让我转移注意力的人和地方',
  '第 4 步 我可以求助的人',
  '第 5 步 我可以联系的专业人员和机构',
  '第 6 步 让我身边的环境更安全',
  '第 7 步 我活下去的理由',
];

/** The print sheet of the form whose preview is open (the student file keeps its own sheet too). */
const formSheet = (page: Page) => page.locator('.print-sheet:has(.crisis-print)');

/** The open print preview: its dialog, found by the form's printed title. */
const preview = (page: Page, title: string) => page.getByRole('dialog', { name: `打印预览：${title}` });

/**
 * The form as the printer gets it: print media at A4 size, a screenshot to look at and a PDF
 * whose page count is returned. The window goes back to the screen afterwards.
 */
async function printed(page: Page, name: string, landscape = false): Promise<number> {
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize(landscape ? { width: 1123, height: 794 } : { width: 794, height: 1123 });
  await page.screenshot({ path: join(shotsFolder, `${name}.png`), fullPage: true });
  const pdf = await page.pdf({ path: join(shotsFolder, `${name}.pdf`), preferCSSPageSize: true });
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.emulateMedia({ media: 'screen' });
  return pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
}

/** Closes a print preview with its own button (the dialog's corner × is labelled the same). */
async function closePreview(dialog: Locator): Promise<void> {
  await dialog.locator('.print-preview__actions').getByRole('button', { name: '关闭' }).click();
  await dialog.waitFor({ state: 'detached' });
}

async function fillRow(scope: Locator, label: string, value: string): Promise<void> {
  await scope.getByLabel(label, { exact: true }).fill(value);
}

describe('a crisis case in Chinese from a PHQ-9 item-9 alert to closure, with every form printed', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const problems: string[] = [];
  const today = isoDay(new Date());

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await watchPageProblems(page, problems);
    await setUpVault(page, 'zh-CN', counselor);
    await openStudents(page, 'zh-CN');
    await createStudent(page, 'zh-CN', { name: '王小明', studentNumber: '2025101', grade: '初二' });
    await page.getByRole('button', { name: '添加监护人' }).click();
    await page.getByLabel('监护人姓名', { exact: true }).fill('王建国');
    await page.getByLabel('与学生关系', { exact: true }).fill('父亲');
    await page.getByLabel('联系电话', { exact: true }).fill('13812345678');
    await page.getByRole('button', { name: '保存更改' }).click();
    await page.getByText('更改已保存').waitFor();
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('PHQ-9 with item 9 answered 2 raises the alert, which opens the case', async () => {
    const drawer = await startAdministering(page, 'zh-CN', phq9);
    for (const item of ['1', '2', '3', '4', '5', '6', '7', '8']) await answer(drawer, item, '好几天');
    await answer(drawer, '9', '一半以上的天数');
    await answer(drawer, '10', '有些困难');
    await drawer.getByRole('button', { name: '保存结果' }).click();
    const alert = page.getByRole('alertdialog', { name: '危急条目：请立即处理' });
    await alert.getByText('学生：王小明').waitFor();
    await alert.getByRole('button', { name: '立即建立危机个案' }).click();
    await alert.waitFor({ state: 'detached' });

    const dialog = page.getByRole('dialog', { name: '为王小明建立危机个案' });
    await choose(dialog.getByTestId('level-field'), orange);
    await dialog.getByRole('button', { name: '建立个案' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByTestId('case-page').waitFor();
    expect(await page.getByTestId('case-level').innerText()).toBe(orange);
    await page.getByTestId('case-forms').waitFor();
    await screenshot(page, 'crisis-forms-zh-01-case-page');
  });

  test('the risk assessment is recorded', async () => {
    const assessment = await openMove(page, 'risk-assessment');
    await choose(assessment.getByTestId('risk-selfHarmThoughts'), '是');
    await choose(assessment.getByTestId('risk-suicidePlan'), '是');
    await choose(assessment.getByTestId('risk-protectiveFactors'), '是');
    await assessment.getByLabel('心理老师的判断').fill('有自伤想法和初步计划，愿意与老师交谈');
    await choose(assessment.getByTestId('level-field'), red);
    await record(page, 'zh-CN', assessment);
    expect(await timelineEntries(page, 'risk-assessment').innerText()).toContain('有自伤想法和初步计划');
  });

  test('the parent notification is written, printed with the hotlines, and the parent’s answer recorded', async () => {
    await page.getByTestId('case-forms').getByRole('button', { name: '家长告知书' }).click();
    const drawer = page.getByTestId('parent-notice-drawer');
    expect(await drawer.getByLabel('家长姓名').inputValue()).toBe('王建国');
    expect(await drawer.getByLabel('学校联系人').inputValue()).toBe('王丽');
    await drawer.getByText('不写诊断、病名或推测').waitFor();
    // The letter needs what was observed before it prints.
    await drawer.getByRole('button', { name: '预览并打印告知书' }).click();
    await drawer.getByText('请填写此项').waitFor();
    await drawer
      .getByLabel('学校观察到的情况')
      .fill('本周心理普查中，孩子在问卷上表示近两周有一半以上的天数想到不如死掉；当天谈话中情绪低落，多次流泪。');
    await drawer.getByLabel('联系电话').fill('022-23456789');
    await windowShot(page, 'crisis-forms-zh-02-parent-notice-form');
    await drawer.getByRole('button', { name: '预览并打印告知书' }).click();
    const dialog = preview(page, '家长告知书');
    await dialog.getByTestId('parent-notice-print').waitFor();
    await windowShot(page, 'crisis-forms-zh-03-parent-notice-preview');

    const sheet = (await formSheet(page).textContent()) ?? '';
    expect(sheet).toContain('天津市第一中学');
    expect(sheet).toContain('保密 · 仅供心理辅导工作使用');
    expect(sheet).toContain('尊敬的王建国家长');
    expect(sheet).toContain('王小明（初二');
    expect(sheet).toContain('多次流泪');
    expect(sheet).toContain('建议您尽快带孩子到专业医疗机构');
    expect(sheet).toContain('王丽，电话 022-23456789');
    for (const number of hotlineNumbers) expect(sheet).toContain(number);
    expect(sheet).toContain('家长签名');
    expect(sheet).toContain('学校经办人签名');
    expect(sheet).toContain('学校负责人签名');
    expect(sheet).not.toMatch(/抑郁症|诊断为/);
    expect(await printed(page, 'crisis-forms-zh-04-parent-notice-print')).toBe(1);
    await closePreview(dialog);

    await choose(drawer, '同意就医');
    await drawer.getByLabel('备注').fill('父亲当面签字，表示本周带孩子就诊');
    await drawer.getByRole('button', { name: '记录家长的回应' }).click();
    await drawer.waitFor({ state: 'detached' });
    const notified = await timelineEntries(page, 'guardians-notified').innerText();
    expect(notified).toContain('王建国（父亲）');
    expect(notified).toContain('同意就医');
  });

  test('the level is raised to red, pointing at the parent notification', async () => {
    const raise = await openMove(page, 'level-change:imminent');
    await raise.getByLabel('调整原因').fill('评估发现有初步计划');
    await choose(raise.getByTestId('guardian-notice'), '已告知家长（选择记录）');
    await choose(raise.getByTestId('guardian-notice'), '王建国');
    await record(page, 'zh-CN', raise);
    expect(await page.getByTestId('case-level').innerText()).toBe(red);
  });

  test('a safety plan is made with the student, noted on the case, and prints on one page and as a card', async () => {
    await page.getByTestId('case-forms').getByRole('button', { name: '制定安全计划' }).click();
    const drawer = page.getByTestId('safety-plan-drawer');
    await drawer.getByTestId('plan-step-warningSigns').waitFor();
    // The school's hotlines come filled in as the professionals to call.
    const professionals = drawer.getByTestId('plan-step-professionals');
    expect(await professionals.getByLabel('专业人员和机构 第 1 条：电话').inputValue()).toBe('4000716515');
    expect(await professionals.getByLabel('专业人员和机构 第 2 条：电话').inputValue()).toBe('88588818');

    const signs = drawer.getByTestId('plan-step-warningSigns');
    await fillRow(signs, '预警信号 第 1 条', '整晚睡不着，一直想哭');
    await signs.getByRole('button', { name: '添加：预警信号' }).click();
    await fillRow(signs, '预警信号 第 2 条', '不想和任何人说话');
    await fillRow(drawer.getByTestId('plan-step-copingStrategies'), '自己可以做的事 第 1 条', '戴上耳机听喜欢的歌');
    const distractions = drawer.getByTestId('plan-step-distractions');
    await fillRow(distractions, '可以陪我的人 第 1 条', '表姐');
    await fillRow(distractions, '可以去的地方 第 1 条', '学校篮球场');
    const people = drawer.getByTestId('plan-step-peopleToAsk');
    await fillRow(people, '可以求助的人 第 1 条：姓名或名称', '妈妈');
    await fillRow(people, '可以求助的人 第 1 条：电话', '13900001111');
    await people.getByRole('button', { name: '添加：可以求助的人' }).click();
    await fillRow(people, '可以求助的人 第 2 条：电话', '13900002222');
    await fillRow(drawer.getByTestId('plan-step-environmentSafety'), '让环境更安全 第 1 条', '家里的药由爸爸保管');
    await fillRow(drawer.getByTestId('plan-step-reasonsForLiving'), '活下去的理由 第 1 条', '我的猫“橘子”');
    // A phone number without a name is asked about, not dropped.
    await drawer.getByRole('button', { name: '保存' }).click();
    await people.getByText('请填写姓名或名称').waitFor();
    await windowShot(page, 'crisis-forms-zh-05-plan-needs-name');
    await fillRow(people, '可以求助的人 第 2 条：姓名或名称', '班主任张老师');
    await drawer.getByRole('button', { name: '保存' }).click();
    await page.getByText('安全计划已保存（第 1 版），并已记入个案时间线').waitFor();
    await drawer.getByText('第 1 版，已保存').waitFor();
    await windowShot(page, 'crisis-forms-zh-06-plan-saved');

    await drawer.getByRole('button', { name: '打印安全计划' }).click();
    const planPreview = preview(page, '我的安全计划');
    await planPreview.getByTestId('safety-plan-print').waitFor();
    await windowShot(page, 'crisis-forms-zh-07-plan-preview');
    const plan = (await formSheet(page).textContent()) ?? '';
    for (const heading of planHeadings) expect(plan).toContain(heading);
    for (const number of hotlineNumbers) expect(plan).toContain(number);
    expect(plan).toContain('整晚睡不着，一直想哭');
    expect(plan).toContain('班主任张老师');
    expect(plan).toContain('天津市第一中学');
    expect(await printed(page, 'crisis-forms-zh-08-plan-print')).toBe(1);
    await closePreview(planPreview);

    await drawer.getByRole('button', { name: '打印钱包卡' }).click();
    const cardPreview = preview(page, '安全卡（钱包卡）');
    await cardPreview.getByTestId('wallet-card').waitFor();
    await windowShot(page, 'crisis-forms-zh-09-card-preview');
    const card = (await formSheet(page).textContent()) ?? '';
    expect(card).toContain('我的安全卡');
    expect(card).toContain('88588818');
    expect(card).toContain('妈妈');
    expect(card).not.toContain('王小明');
    const box = await cardPreview.locator('.wallet-card').boundingBox();
    await printed(page, 'crisis-forms-zh-10-card-print');
    // Two bank-card panels side by side: 171.2 × 54 mm at 96 px to the inch.
    expect(Math.round(box!.width)).toBe(Math.round((171.2 / 25.4) * 96));
    expect(Math.round(box!.height)).toBe(Math.round((54 / 25.4) * 96));
    await closePreview(cardPreview);
    await drawer.getByRole('button', { name: '关闭' }).first().click();
    await drawer.waitFor({ state: 'detached' });

    expect(await timelineEntries(page, 'safety-plan').count()).toBe(1);
    expect(await page.getByTestId('case-forms').getByRole('button', { name: '安全计划' }).count()).toBe(1);
  });

  test('a green-channel referral is recorded and its form prints with the return slip', async () => {
    const referral = await openMove(page, 'referral');
    await referral.getByLabel('接收机构').fill('天津市安定医院');
    await referral.getByLabel('科室').fill('儿童青少年心理科');
    await choose(referral, '绿色通道');
    await referral.getByLabel('陪同人员').fill('班主任张老师、父亲');
    await referral.getByLabel('转介原因及目前表现').fill('近两周多次表达不想活了，睡眠差，上课注意力难以集中。');
    await record(page, 'zh-CN', referral);

    await page.getByTestId('case-forms').getByRole('button', { name: '打印转介单' }).click();
    const dialog = preview(page, '心理危机学生转介单');
    await dialog.getByTestId('referral-form-print').waitFor();
    await windowShot(page, 'crisis-forms-zh-11-referral-preview');
    const sheet = (await formSheet(page).textContent()) ?? '';
    const compact = today.replace(/-/g, '');
    expect(sheet).toMatch(new RegExp(`转介编号：${compact}-[0-9A-F]{6}`));
    for (const text of ['王小明', '王建国 · 父亲', '13812345678', '天津市安定医院', '儿童青少年心理科', red]) {
      expect(sheet).toContain(text);
    }
    expect(sheet).toContain('近两周多次表达不想活了');
    expect(sheet).toContain('风险评估');
    expect(sheet).toContain('告知家长');
    expect(sheet).toContain('制定安全计划');
    expect(await formSheet(page).locator('.form-box--checked').count()).toBe(1);
    expect(await formSheet(page).locator('.form-grid__cell:has(.form-box--checked)').innerText()).toContain('绿色通道');
    for (const place of ['家长签名', '心理老师签名', '分管副校长签名', '学校盖章']) expect(sheet).toContain(place);
    const slip = (await formSheet(page).getByTestId('referral-return-slip').textContent()) ?? '';
    for (const place of ['转介回执', '就诊日期', '医疗建议（由家长或医院提供）', '返校评估']) {
      expect(slip).toContain(place);
    }
    expect(await printed(page, 'crisis-forms-zh-12-referral-print')).toBe(1);
    await closePreview(dialog);
  });

  test('the open referrals list shows the referral, and leads back to the case', async () => {
    await openCrisis(page, 'zh-CN');
    await page.getByRole('tab', { name: '待回执' }).click();
    const row = page.getByTestId('open-referrals').locator('tbody tr', { hasText: '王小明' });
    await row.waitFor();
    const shown = await row.innerText();
    for (const text of ['王小明', '天津市安定医院 · 儿童青少年心理科', '绿色通道', red]) expect(shown).toContain(text);
    expect(await row.locator('td').first().innerText()).toBe('0');
    await screenshot(page, 'crisis-forms-zh-13-open-referrals');
    await row.getByRole('button', { name: '查看王小明的个案' }).click();
    await page.getByTestId('case-page').waitFor();
  });

  test('the family reports the visit; follow-ups after the return', async () => {
    const outcome = await openMove(page, 'referral-outcome');
    await pickIn(page, outcome, '对应的转介', referralOption());
    await choose(outcome, '家长');
    await outcome.getByLabel('就诊日期').fill(today);
    await outcome.getByLabel('反馈内容').fill('家长说医生建议门诊随访，两周后复诊');
    await record(page, 'zh-CN', outcome);

    for (const state of ['情绪较前平稳，按时复诊', '睡眠好转，愿意参加班级活动']) {
      const followUp = await openMove(page, 'follow-up');
      await choose(followUp, '面谈');
      await followUp.getByLabel('学生目前状态').fill(state);
      await choose(followUp, '好转');
      await record(page, 'zh-CN', followUp);
    }
    expect(await timelineEntries(page, 'follow-up').count()).toBe(2);
  });

  test('the case goes to supervision, is signed off and closed; the caseload lists it as closed', async () => {
    const stage = await openMove(page, 'stage-change:supervision');
    await stage.getByLabel('调整原因').fill('干预措施已落实，提请督导');
    await record(page, 'zh-CN', stage);
    expect(await page.getByTestId('case-stage').innerText()).toBe('心理督查');

    const review = await openMove(page, 'supervision-review:comment');
    await review.getByLabel('督导人').fill('刘主任');
    await review.getByLabel('督导意见').fill('处置及时，同意解除');
    await review.getByLabel('签字通过（同意个案可以解除）').check();
    await record(page, 'zh-CN', review);

    const closure = await openMove(page, 'closure');
    await choose(closure, '风险解除');
    await record(page, 'zh-CN', closure);
    expect(await page.getByTestId('case-stage').innerText()).toBe('已解除');
    await screenshot(page, 'crisis-forms-zh-14-closed-case');

    await openCrisis(page, 'zh-CN');
    const caseload = page.getByTestId('caseload');
    await caseload.getByText('目前没有未解除的危机个案。').waitFor();
    await caseload.getByText('已解除', { exact: true }).click();
    const closedRow = await caseload.locator('tbody tr').first().innerText();
    expect(closedRow).toContain('王小明');
  });

  test('the ledger lists the case with its dates, prints landscape and exports an XLSX workbook', async () => {
    await page.getByRole('tab', { name: '危机台账' }).click();
    const ledger = page.getByTestId('ledger');
    await ledger.getByTestId('ledger-count').getByText('全部时间：共 1 个个案').waitFor();
    const row = ledger.locator('tbody tr.ant-table-row').first();
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.slice(0, 7)).toEqual(['1', '王小明', '2025101', '', '初二', today, '心理普查']);
    expect(cells[7]).toBe(red);
    expect(cells[8]).toBe('已解除');
    expect(cells[9]).toBe('王丽');
    expect(cells[10]).toBe(today);
    expect(cells[13]).toBe(today);
    expect(cells[14]).toBe(`${today}就诊（家长反馈）：家长说医生建议门诊随访，两周后复诊`);
    expect(cells[17]).toBe(`${today}（风险解除）`);
    await screenshot(page, 'crisis-forms-zh-15-ledger');

    // Closed cases can be left out.
    await ledger.getByLabel('包括已解除的个案').click();
    await ledger.getByTestId('ledger-count').getByText('全部时间：共 0 个个案').waitFor();
    await ledger.getByLabel('包括已解除的个案').click();
    await ledger.getByTestId('ledger-count').getByText('全部时间：共 1 个个案').waitFor();

    await ledger.getByRole('button', { name: '打印台账' }).click();
    const dialog = preview(page, '心理危机学生台账');
    await dialog.getByTestId('ledger-print').waitFor();
    const sheet = (await formSheet(page).textContent()) ?? '';
    expect(sheet).toContain('下次随访日期');
    expect(sheet).toContain('王小明');
    await printed(page, 'crisis-forms-zh-16-ledger-print', true);
    await closePreview(dialog);

    await ledger.getByRole('button', { name: '导出 XLSX' }).click();
    const confirm = page.getByRole('dialog', { name: '导出心理危机学生台账' });
    await confirm.getByText('请保存在学校受保护的存储位置').waitFor();
    await windowShot(page, 'crisis-forms-zh-17-export-warning');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      confirm.getByRole('button', { name: '导出' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`心理危机学生台账-${today}.xlsx`);
    const file = join(shotsFolder, 'crisis-forms-zh-ledger.xlsx');
    await download.saveAs(file);
    const workbook = new Workbook();
    await workbook.xlsx.load(readFileSync(file) as unknown as ArrayBuffer);
    const worksheet = workbook.worksheets[0]!;
    const values = (rowNumber: number) => (worksheet.getRow(rowNumber).values as unknown[]).slice(1).map(String);
    expect(values(1).slice(0, 8)).toEqual([
      '序号',
      '姓名',
      '学号',
      '性别',
      '年级班级',
      '发现日期',
      '发现途径',
      '预警级别',
    ]);
    expect(values(1)).toHaveLength(18);
    expect(values(2)[1]).toBe('王小明');
    expect(values(2)[5]).toBe(today);
    expect(values(2)[7]).toBe(red);
    expect(values(2)[17]).toBe(`${today}（风险解除）`);
    expect(worksheet.rowCount).toBe(2);
  });

  test('nothing broke the Content Security Policy or logged an error', async () => {
    expect(await page.evaluate(() => window.cspViolations)).toEqual([]);
    expect(problems).toEqual([]);
  });
});

/** The outcome form's option for today's referral, as the select lists it. */
function referralOption(): string {
  return `${new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long' }).format(new Date())} 转介至天津市安定医院`;
}
