import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { createStudent } from './support/notes-ui';
import { openStudents } from './support/students-ui';
import { screenshot, setUpVault } from './support/ui';

const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };

describe('hotlines: one click away on every screen, edited in settings (Chinese)', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  const panel = () => page.getByRole('dialog', { name: '心理援助热线' });
  const settingsCard = () => page.getByTestId('hotlines-card');
  const lineNames = async (list: Locator) =>
    (await list.locator('.hotline__name').allInnerTexts()).map((name) => name.trim());

  /** Opens the panel with the header's button and returns its list once the lines are in. */
  async function openPanel(): Promise<Locator> {
    await page.getByRole('button', { name: /^热线/ }).click();
    const list = panel().getByTestId('hotline-list');
    await list.waitFor();
    return list;
  }

  async function closePanel(): Promise<void> {
    await page.keyboard.press('Escape');
    await panel().waitFor({ state: 'hidden' });
  }

  async function openSettingsTab(): Promise<void> {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '热线与预警等级' }).click();
    await settingsCard()
      .getByRole('row', { name: /心理援助热线/ })
      .waitFor();
  }

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await setUpVault(page, 'zh-CN', counselor);
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('the header button opens the shipped Tianjin lines on the home, students and settings screens', async () => {
    let list = await openPanel();
    expect(await lineNames(list)).toEqual(['阳光家庭热线', '心理援助热线', '阳光心理热线']);
    const text = await list.innerText();
    for (const expected of ['4000716515', '88588818', '每周末', '7×24小时', '从天津以外拨打需加区号 022']) {
      expect(text).toContain(expected);
    }
    // The student line ships without the number the source does not give, and says so.
    expect(text).toContain('号码尚未填写');
    await screenshot(page, 'hotlines-zh-01-home-panel');
    await closePanel();

    await openStudents(page, 'zh-CN');
    // The keyboard way: F1 from anywhere in the frame.
    await page.keyboard.press('F1');
    list = panel().getByTestId('hotline-list');
    await list.getByText('4000716515').waitFor();
    await screenshot(page, 'hotlines-zh-02-students-panel');
    await closePanel();

    await openSettingsTab();
    list = await openPanel();
    expect(await lineNames(list)).toEqual(['阳光家庭热线', '心理援助热线', '阳光心理热线']);
    await closePanel();
    await screenshot(page, 'hotlines-zh-03-settings');
  });

  test('a number edited in settings shows in the panel; bad numbers are refused in words', async () => {
    await settingsCard()
      .getByRole('row', { name: /心理援助热线/ })
      .getByRole('button', { name: '编辑' })
      .click();
    const dialog = page.getByRole('dialog', { name: '编辑热线' });
    const number = dialog.getByLabel('电话号码');
    await number.fill('热线八八');
    await dialog.getByText('号码只能由数字、空格和 + - ( ) 组成，且要有数字').waitFor();
    await dialog.getByLabel('中文名称').fill('');
    await dialog.getByLabel('英文名称').fill('');
    await dialog.getByText('请至少填写一种语言的名称').waitFor();
    await screenshot(page, 'hotlines-zh-04-dialog-validation');
    await dialog.getByLabel('中文名称').fill('心理援助热线');
    await number.fill('022-88588818');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await settingsCard().getByRole('cell', { name: '022-88588818' }).waitFor();

    const list = await openPanel();
    expect(await list.innerText()).toContain('022-88588818');
    await closePanel();
  });

  test('a line is added, moved up, set aside, brought back and removed only after confirming', async () => {
    await settingsCard().getByRole('button', { name: '添加热线' }).click();
    const dialog = page.getByRole('dialog', { name: '添加热线' });
    await dialog.getByLabel('中文名称').fill('学校心理辅导室');
    await dialog.getByLabel('英文名称').fill('School counseling room');
    await dialog.getByLabel('电话号码').fill('022-2345 6789');
    await dialog.getByLabel('服务时间（中文）').fill('周一至周五 8:00–17:00');
    await screenshot(page, 'hotlines-zh-05-add-dialog');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    const room = () => settingsCard().getByRole('row', { name: /学校心理辅导室/ });
    await room().waitFor();

    await room().getByRole('button', { name: '上移“学校心理辅导室”' }).click();
    await expect
      .poll(() => settingsCard().locator('tbody tr').allInnerTexts())
      .toEqual([
        expect.stringContaining('阳光家庭热线'),
        expect.stringContaining('心理援助热线'),
        expect.stringContaining('学校心理辅导室'),
        expect.stringContaining('阳光心理热线'),
      ]);
    let list = await openPanel();
    expect(await lineNames(list)).toEqual(['阳光家庭热线', '心理援助热线', '学校心理辅导室', '阳光心理热线']);
    await closePanel();

    await room().getByRole('button', { name: '停用' }).click();
    await room().getByText('已停用').waitFor();
    list = await openPanel();
    expect(await lineNames(list)).toEqual(['阳光家庭热线', '心理援助热线', '阳光心理热线']);
    await closePanel();
    await room().getByRole('button', { name: '恢复使用' }).click();
    await room().getByText('使用中').waitFor();

    await room().getByRole('button', { name: '删除' }).click();
    const confirm = page.getByRole('tooltip').filter({ hasText: '删除热线“学校心理辅导室”？' });
    await confirm.waitFor();
    await screenshot(page, 'hotlines-zh-06-remove-confirm');
    await confirm.getByRole('button', { name: '取消' }).click();
    expect(await room().count()).toBe(1);
    await room().getByRole('button', { name: '删除' }).click();
    await confirm.getByRole('button', { name: '删除' }).click();
    await expect.poll(() => room().count()).toBe(0);
  });

  test('the warning levels show their follow-up schedule; removing a level asks first', async () => {
    const policy = page.getByTestId('crisis-policy-card');
    const red = policy.getByRole('listitem', { name: '红色预警(极高风险)' });
    expect(await red.innerText()).toContain('1 天内首次随访，之后每天一次');
    const orange = policy.getByRole('listitem', { name: '橙色预警(高风险)' });
    expect(await orange.innerText()).toContain('3 天内首次随访，之后每 7 天一次');
    await policy.scrollIntoViewIfNeeded();
    await screenshot(page, 'hotlines-zh-07-policy');

    const yellow = policy.getByRole('listitem', { name: '黄色预警(中风险)' });
    await yellow.getByRole('button', { name: '编辑' }).click();
    const dialog = page.getByRole('dialog', { name: '编辑预警等级' });
    await dialog.getByLabel('级别').fill('4');
    await dialog.getByLabel('首次随访：设定等级后几天内').fill('7');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('另一个等级已经使用这个数字').waitFor();
    await screenshot(page, 'hotlines-zh-08-level-dialog');
    await dialog.getByLabel('级别').fill('2');
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await yellow.getByText('7 天内首次随访，之后每 14 天一次').waitFor();

    const blue = policy.getByRole('listitem', { name: '蓝色预警(低风险)' });
    await blue.getByRole('button', { name: '删除' }).click();
    const confirm = page.getByRole('tooltip').filter({ hasText: '删除预警等级“蓝色预警(低风险)”？' });
    await confirm.waitFor();
    await screenshot(page, 'hotlines-zh-09-level-remove-confirm');
    await confirm.getByRole('button', { name: '取消' }).click();
    expect(await blue.count()).toBe(1);
  });

  test("a note's urgent-risk panel lists the edited number", async () => {
    await openStudents(page, 'zh-CN');
    await createStudent(page, 'zh-CN', { name: '王小明', studentNumber: '2025101', grade: '初一' });
    await page.getByRole('button', { name: '新建辅导记录' }).first().click();
    await page.getByRole('heading', { name: '王小明 · 个体心理辅导记录', level: 1 }).waitFor();
    await page.getByLabel('紧急').check();
    const crisis = page.getByTestId('crisis-panel');
    await crisis.getByText('022-88588818').waitFor();
    expect(await crisis.innerText()).toContain('4000716515');
    expect(await crisis.innerText()).not.toContain('学校心理辅导室');
    await crisis.scrollIntoViewIfNeeded();
    await screenshot(page, 'hotlines-zh-10-note-crisis-panel');
  });
});
