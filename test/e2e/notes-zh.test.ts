import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type RunningHost, startHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { createStudent, isoDay, waitForSaved } from './support/notes-ui';
import { openStudents } from './support/students-ui';
import { openPage, screenshot, setUpVault, shotsFolder, unlockWithPassphrase } from './support/ui';

const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };
const firstPart = '最近总是焦虑，晚上失眠，上课注意力不集中。';
const typedAfterSave = '她说期中考试以后压力很大，和同学的关系也有些紧张，周末不愿意出门，家里人也很担心';

describe('session notes: write, survive a killed backend, sign, amend, search, agenda (Chinese)', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const today = isoDay(new Date());

  const field = (label: string) => page.getByLabel(label, { exact: true });

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await setUpVault(page, 'zh-CN', counselor);
    await openStudents(page, 'zh-CN');
    await createStudent(page, 'zh-CN', { name: '王小明', studentNumber: '2025101', grade: '初一' });
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('a draft saves itself, and after the backend is killed mid-typing it comes back, less at most 2 s', async () => {
    await page.getByRole('button', { name: '新建辅导记录' }).first().click();
    await page.getByRole('heading', { name: '王小明 · 个体心理辅导记录', level: 1 }).waitFor();
    expect(await page.getByTestId('note-numbers').innerText()).toContain('个案编号：签名定稿时分配');
    expect(await field('辅导日期').inputValue()).toBe(today);
    await screenshot(page, 'notes-zh-01-new-note');

    const problem = field('主诉');
    await problem.fill(firstPart);
    await waitForSaved(page, 'zh-CN');
    // Steady typing with no pause, then the backend dies as a power cut would end it.
    const typing = problem.pressSequentially(typedAfterSave, { delay: 100 }).catch(() => undefined);
    await page.waitForTimeout(3_000);
    const onScreen = await problem.inputValue();
    await host.kill();
    await typing;

    host = await startHost(folder);
    page = await openPage(browser, host.url, 'zh-CN');
    await unlockWithPassphrase(page, 'zh-CN', counselor.passphrase);
    const drafts = page.getByTestId('home-drafts');
    await drafts.getByText('辅导记录草稿').waitFor();
    await screenshot(page, 'notes-zh-02-home-drafts');
    await drafts.getByRole('button', { name: '王小明' }).click();
    await page
      .getByTestId('draft-notice')
      .getByText(/^已恢复 \d\d:\d\d 自动保存的草稿。$/)
      .waitFor();
    const restored = await field('主诉').inputValue();
    // Typing ran at 10 characters a second: 2 s are 20 characters.
    expect(onScreen.startsWith(restored) || restored.startsWith(onScreen)).toBe(true);
    expect(restored.length).toBeGreaterThanOrEqual(onScreen.length - 20);
    expect(restored.startsWith(firstPart)).toBe(true);
    await screenshot(page, 'notes-zh-03-restored');
  });

  test('signing first names what is missing; urgent risk shows the crisis steps and hotlines', async () => {
    await page.getByRole('button', { name: '签名定稿' }).click();
    const missing = page.getByTestId('missing-fields');
    for (const item of ['开始时间', '结束时间', '辅导类型', '辅导方式', '至少一个问题类别', '风险评估']) {
      await missing.getByText(item, { exact: true }).waitFor();
    }
    await screenshot(page, 'notes-zh-04-missing');

    await field('开始时间').fill('09:00');
    await field('结束时间').fill('09:45');
    await field('地点').fill('心理辅导室');
    await page.getByLabel('个体辅导').check();
    await page.getByLabel('面询').check();
    await page.getByLabel('主动求助').check();
    await page.getByLabel('情绪问题').check();
    await page.getByLabel('学习问题').check();
    await field('评估').fill('情绪困扰与学业压力有关，未发现伤害自己的想法。');
    await page.getByLabel('紧急').check();
    const crisis = page.getByTestId('crisis-panel');
    await crisis.getByText('请按学校的危机干预流程处理').waitFor();
    // The hotlines come from the backend after the panel appears.
    await crisis.getByText('4000716515').waitFor();
    expect(await crisis.innerText()).toContain('4000716515');
    expect(await crisis.innerText()).toContain('88588818');
    expect(await crisis.innerText()).toContain('阳光心理热线');
    await crisis.scrollIntoViewIfNeeded();
    await screenshot(page, 'notes-zh-05-crisis-panel');
    await page.getByLabel('有一定担忧').check();
    expect(await crisis.count()).toBe(0);
    await field('下一步计划').fill('每周一次个体辅导，练习放松。');
    await page.getByLabel('告知班主任').check();
    await field('日期').fill(today);
    await field('时间').fill('23:30');
    await field('备注').fill('复查睡眠情况');
    await expect.poll(() => page.getByTestId('missing-fields').count()).toBe(0);
    await waitForSaved(page, 'zh-CN');

    await page.getByRole('button', { name: '签名定稿' }).click();
    const dialog = page.getByRole('dialog', { name: '签名定稿这份记录？' });
    await screenshot(page, 'notes-zh-06-sign-confirm');
    await dialog.getByRole('button', { name: '签名定稿' }).click();
    const signature = page.getByTestId('note-signature');
    await signature.waitFor();
    const year = today.slice(0, 4);
    expect(await signature.innerText()).toContain(`个案编号 ${year}-001`);
    expect(await signature.innerText()).toContain('第 1 次');
    expect(await signature.innerText()).toContain('王丽 签名于');
    await screenshot(page, 'notes-zh-07-signed');
  });

  test('the printed note has the school and the confidentiality line, and no navigation', async () => {
    await page.emulateMedia({ media: 'print' });
    // The viewport, not the full page: one sheet's worth, with the fixed header and footer.
    await page.screenshot({ path: join(shotsFolder, 'notes-zh-08-print-preview.png') });
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    const sheet = await page.getByTestId('print-sheet').innerText();
    expect(sheet).toContain('天津市第一中学');
    expect(sheet).toContain('保密 · 仅供心理辅导工作使用');
    expect(sheet).toContain('个案编号');
    await page.pdf({ path: join(shotsFolder, 'notes-zh-print.pdf'), format: 'A4' });
    await page.emulateMedia({ media: 'screen' });
  });

  test('an amendment needs a reason and becomes version 2; the history shows both versions', async () => {
    await page.getByRole('button', { name: '修订' }).click();
    await page.getByRole('heading', { name: '王小明 · 修订辅导记录', level: 1 }).waitFor();
    await field('结果与反馈').fill('学生表示愿意尝试放松练习。');
    await waitForSaved(page, 'zh-CN');
    await page.getByRole('button', { name: '保存修订' }).click();
    const dialog = page.getByRole('dialog', { name: '保存修订' });
    await dialog.getByRole('button', { name: '保存修订' }).click();
    await dialog.getByText('请填写修订原因').waitFor();
    await dialog.getByLabel('修订原因').fill('补记辅导结果');
    await screenshot(page, 'notes-zh-10-amend-reason');
    await dialog.getByRole('button', { name: '保存修订' }).click();
    await page
      .getByTestId('note-signature')
      .getByText(/第 2 版（已修订）/)
      .waitFor();

    await page.getByRole('button', { name: '历史版本' }).click();
    const history = page.getByTestId('note-history');
    await history.getByText('修订原因：补记辅导结果').waitFor();
    await history.getByText('第 1 版').waitFor();
    await history.getByText('第 2 版').click();
    await history.getByText('学生表示愿意尝试放松练习。').waitFor();
    await screenshot(page, 'notes-zh-11-history');
    await page.keyboard.press('Escape');
  });

  test('searching 焦虑 and 失眠 finds the note with the words marked, and opens it', async () => {
    await page.getByRole('menuitem', { name: '记录检索' }).click();
    for (const word of ['焦虑', '失眠']) {
      await page.getByLabel('检索辅导记录').fill(word);
      await page.getByLabel('检索辅导记录').press('Enter');
      await page.getByTestId('search-count').getByText(`“${word}”：找到 1 份记录`).waitFor();
      expect(await page.locator('.snippet mark').allTextContents()).toContain(word);
    }
    expect(await page.locator('.search-hit').innerText()).toContain('王小明');
    await screenshot(page, 'notes-zh-12-search');
    await page.locator('.search-hit__open').click();
    await page.getByTestId('signed-note').waitFor();
    expect(await page.getByTestId('note-title').innerText()).toBe('王小明 · 个体心理辅导记录');
  });

  test('the home screen lists the next appointment, which leads to the student and the timeline', async () => {
    await page.getByRole('menuitem', { name: '工作台' }).click();
    const agenda = page.getByTestId('home-agenda');
    await agenda.getByText('今天', { exact: true }).waitFor();
    await agenda.getByText('复查睡眠情况').waitFor();
    expect(await page.getByTestId('home-drafts').innerText()).toContain('没有未完成的草稿');
    await screenshot(page, 'notes-zh-13-home-agenda');
    await agenda.getByRole('button', { name: '王小明' }).click();
    const timeline = page.getByTestId('student-timeline');
    await timeline.getByText('已修订').waitFor();
    expect(await timeline.innerText()).toContain('第 1 次');
    await screenshot(page, 'notes-zh-14-student-timeline');
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(shotsFolder, 'notes-zh-15-case-summary-print.png') });
    await page.emulateMedia({ media: 'screen' });
  });

  test('edits to a student file left unsaved are kept and offered again', async () => {
    await field('备注').fill('父母在外地工作。');
    await page.getByRole('button', { name: '返回学生名单' }).click();
    await page.locator('.roster-row').filter({ hasText: '王小明' }).click();
    await page.getByTestId('kept-edits').waitFor();
    expect(await field('备注').inputValue()).toBe('父母在外地工作。');
    await screenshot(page, 'notes-zh-16-kept-student-edits');
    await page.getByRole('button', { name: '保存更改' }).click();
    await page.getByText('更改已保存').waitFor();
    expect(await page.getByTestId('kept-edits').count()).toBe(0);
  });
});
