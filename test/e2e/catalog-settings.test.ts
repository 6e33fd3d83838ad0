import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { createStudent } from './support/notes-ui';
import { openStudents, pickOption } from './support/students-ui';
import { screenshot, setUpVault } from './support/ui';

const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };

describe('templates, categories and flags: edited in settings, offered in a new note and a file', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;

  const field = (label: string) => page.getByLabel(label, { exact: true });
  const dialog = (title: string) => page.getByRole('dialog', { name: title });

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await setUpVault(page, 'zh-CN', counselor);
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('adds a category, retires one, adds a template with two sections, and adds and retires flags', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByRole('tab', { name: '记录模板、问题类别与特殊情况' }).click();
    const categories = page.getByTestId('categories-card');
    await categories.getByRole('row', { name: /学习问题/ }).waitFor();
    await screenshot(page, 'catalog-zh-01-settings-tab');

    await categories.getByRole('button', { name: '添加类别' }).click();
    const addCategory = dialog('添加问题类别');
    await addCategory.getByRole('button', { name: '保存' }).click();
    await addCategory.getByText('请填写名称').first().waitFor();
    await screenshot(page, 'catalog-zh-02-category-validation');
    await addCategory.getByLabel('中文名称').fill('睡眠问题');
    await addCategory.getByLabel('英文名称').fill('Sleep');
    await addCategory.getByRole('button', { name: '保存' }).click();
    await categories.getByRole('row', { name: /睡眠问题/ }).waitFor();

    const other = categories.getByRole('row', { name: /其他/ });
    await other.getByRole('button', { name: '停用' }).click();
    await other.getByText('已停用').waitFor();

    const templates = page.getByTestId('templates-card');
    await templates.getByRole('button', { name: '添加模板' }).click();
    const addTemplate = dialog('添加记录模板');
    await addTemplate.getByLabel('模板中文名称').fill('简要记录');
    await addTemplate.getByLabel('模板英文名称').fill('Brief note');
    await addTemplate.getByLabel('栏目 1 中文名称').fill('跟进事项');
    await addTemplate.getByLabel('栏目 1 英文名称').fill('To follow up');
    await addTemplate.getByRole('button', { name: '添加栏目' }).click();
    await addTemplate.getByLabel('栏目 2 中文名称').fill('要点');
    await addTemplate.getByLabel('栏目 2 英文名称').fill('Key points');
    await addTemplate.getByRole('button', { name: '上移栏目 2' }).click();
    expect(await addTemplate.getByLabel('栏目 1 中文名称').inputValue()).toBe('要点');
    await screenshot(page, 'catalog-zh-03-template-dialog');
    await addTemplate.getByRole('button', { name: '保存' }).click();
    const brief = templates.getByRole('row', { name: /简要记录/ });
    await brief.waitFor();
    expect(await brief.innerText()).toContain('要点、跟进事项');
    expect(await brief.innerText()).toContain('第 1 版');
    await screenshot(page, 'catalog-zh-04-saved');

    const flags = page.getByTestId('flags-card');
    await flags.getByRole('row', { name: /留守儿童/ }).waitFor();
    await flags.getByRole('button', { name: '添加标记' }).click();
    const addFlag = dialog('添加特殊情况标记');
    await addFlag.getByLabel('中文名称').fill('受欺凌');
    await addFlag.getByLabel('英文名称').fill('Bullied');
    await addFlag.getByRole('button', { name: '保存' }).click();
    await flags.getByRole('row', { name: /受欺凌/ }).waitFor();
    const repeating = flags.getByRole('row', { name: /复读生/ });
    await repeating.getByRole('button', { name: '停用' }).click();
    await repeating.getByText('已停用').waitFor();
    await screenshot(page, 'catalog-zh-04b-flags');
  });

  test('a new note offers the new category and template, and not the retired category', async () => {
    await openStudents(page, 'zh-CN');
    await createStudent(page, 'zh-CN', { name: '王小明', studentNumber: '2025101', grade: '初一' });
    await page.getByLabel('受欺凌').check();
    expect(await page.getByLabel('复读生').count()).toBe(0);
    await page.getByRole('button', { name: '保存更改' }).click();
    await page.getByText('更改已保存').waitFor();
    expect(await page.getByLabel('受欺凌').isChecked()).toBe(true);
    await screenshot(page, 'catalog-zh-04c-flag-in-file');
    await page.getByRole('button', { name: '新建辅导记录' }).first().click();
    await page.getByRole('heading', { name: '王小明 · 个体心理辅导记录', level: 1 }).waitFor();
    const offered = page.getByLabel('问题类别', { exact: true });
    await offered.getByLabel('睡眠问题').waitFor();
    expect(await offered.getByLabel('其他', { exact: true }).count()).toBe(0);

    await field('记录模板').click();
    await pickOption(page, '简要记录');
    await field('要点').waitFor();
    await field('跟进事项').fill('下周与班主任沟通睡眠情况。');
    await screenshot(page, 'catalog-zh-05-new-note');

    await openStudents(page, 'zh-CN');
    await page.getByLabel('只看有待跟进的学生').check();
    await page.getByText('没有符合条件的学生').waitFor();
    await screenshot(page, 'catalog-zh-06-roster-follow-ups');
  });

  test('in English: the same screens, a new template version, and the roster filter', async () => {
    await page.getByRole('menuitem', { name: '设置' }).click();
    await page.getByText('English', { exact: true }).click();
    await page.getByRole('button', { name: '保存设置' }).click();
    await page.getByRole('heading', { name: 'Settings', level: 1 }).waitFor();
    await page.getByRole('tab', { name: 'Templates, categories and flags' }).click();
    const templates = page.getByTestId('templates-card');
    await templates.getByRole('row', { name: /Brief note/ }).waitFor();
    await screenshot(page, 'catalog-en-01-settings-tab');

    await templates
      .getByRole('row', { name: /Brief note/ })
      .getByRole('button', { name: 'Edit' })
      .click();
    const edit = dialog('Edit note template');
    await edit.getByLabel('Section 2 in English').fill('');
    await edit.getByRole('button', { name: 'Save' }).click();
    await edit.getByText('Enter a name').waitFor();
    await screenshot(page, 'catalog-en-02-template-validation');
    await edit.getByLabel('Section 2 in English').fill('Next steps');
    await edit.getByRole('button', { name: 'Save' }).click();
    const brief = templates.getByRole('row', { name: /Brief note/ });
    await brief.getByText('Version 2').waitFor();
    expect(await brief.innerText()).toContain('Key points, Next steps');

    await page.getByTestId('categories-card').getByRole('button', { name: 'Add category' }).click();
    await screenshot(page, 'catalog-en-03-category-dialog');
    await dialog('Add a concern category').getByRole('button', { name: 'Cancel' }).click();
    await page
      .getByTestId('flags-card')
      .getByRole('row', { name: /Bullied/ })
      .waitFor();

    await openStudents(page, 'en');
    await page.getByLabel('Only students with open follow-ups').check();
    await page.getByText('No student matches').waitFor();
    await screenshot(page, 'catalog-en-04-roster-follow-ups');
  });
});
