import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { approval, bundled, newDistrict, packFile } from '../integration/support/scale-packs';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { createStudent } from './support/notes-ui';
import { chooseDistrictFile, openScales, scaleRows, startAdministering, windowShot } from './support/scales-ui';
import { openStudents } from './support/students-ui';
import { screenshot, setUpVault, text } from './support/ui';

const zh = (key: string, values?: Record<string, string | number>) => text('zh-CN', key, values);
const counselor = { schoolName: '天津市第一中学', counselorName: '王丽', passphrase: '晴空万里 sunny-2025' };
const asq = 'Ask Suicide-Screening Questions (ASQ)';
const gad7 = '广泛性焦虑量表-7（GAD-7）';

describe('the scale library in Chinese: an English-only scale, the key, a district band change', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const district = newDistrict();
  const gad7Bands = {
    scaleId: 'gad-7',
    hash: bundled('gad-7').hash,
    scoreId: 'total',
    bands: [
      { id: 'low', label: { 'zh-CN': '暂无明显焦虑', en: 'No marked anxiety' }, min: 0, max: 7, concern: 0 },
      { id: 'watch', label: { 'zh-CN': '需要关注', en: 'Needs attention' }, min: 8, max: 21, concern: 2 },
    ],
  };
  const pack = packFile(district, {
    approved: [approval('phq-9'), approval('gad-7'), approval('asq')],
    bandOverrides: [gad7Bands],
    note: '2026 年秋季学期：GAD-7 按区内常模调整分级。',
  });

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('zh-CN'));
    await setUpVault(page, 'zh-CN', counselor);
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('an English-only scale keeps its English title with a tag that says so', async () => {
    await openScales(page, 'zh-CN');
    expect(await scaleRows(page).count()).toBe(8);
    const row = scaleRows(page).filter({ hasText: asq });
    expect(await row.innerText()).toContain('仅英文');
    expect(await row.innerText()).toContain('10–21 岁');
    expect(await scaleRows(page).filter({ hasText: '患者健康问卷-9（PHQ-9）' }).innerText()).not.toContain('仅英文');
    await screenshot(page, 'scales-zh-10-library');
  });

  test('its details say the items can only be shown in English, and when item 5 is asked', async () => {
    await page.getByRole('button', { name: `查看 ${asq} 的详情` }).click();
    const detail = page.getByTestId('scale-detail');
    await detail.waitFor();
    const shown = await detail.innerText();
    expect(shown).toContain('这个量表没有经批准的中文译本，题目只能以英文显示。');
    expect(shown).toContain('仅当第 1 题答“是” 或 “拒绝回答” 或 第 2 题答“是” 或 “拒绝回答”');
    expect(shown).toContain('中文：暂无经批准的译本');
    expect(await detail.getByTestId('definition-critical').innerText()).toContain('此刻有自杀念头（第 5 题）');
    await windowShot(page, 'scales-zh-11-detail-asq');
    await page.getByRole('button', { name: '关闭' }).click();
    await detail.waitFor({ state: 'detached' });
  });

  test('a file that is not a key is refused and nothing is installed; the real key shows its fingerprint', async () => {
    await chooseDistrictFile(page, 'district-key-card', {
      fileName: 'district-public-key.json',
      content: Buffer.from('{"format":"something else"}').toString('base64'),
    });
    const refusal = page.getByTestId('district-key-card').getByTestId('district-file-refusal');
    await refusal.getByText(zh('scales.file.unchangedKey')).waitFor();
    expect(await refusal.innerText()).toContain(zh('errors.DISTRICT_KEY_INVALID'));
    expect(await page.getByTestId('district-key-card').innerText()).toContain(zh('scales.districtKey.none'));
    await screenshot(page, 'scales-zh-12-key-refused');

    await chooseDistrictFile(page, 'district-key-card', district.keyFile);
    const preview = page.getByRole('dialog', { name: '核对公钥指纹' });
    await preview.getByText(district.name).waitFor();
    await preview.getByText(zh('scales.districtKey.readAloud')).waitFor();
    expect(await preview.locator('.fingerprint__digits').count()).toBe(16);
    await windowShot(page, 'scales-zh-13-key-preview');
    await preview.getByRole('button', { name: '指纹一致，安装' }).click();
    await page.getByTestId('district-key-card').getByText(district.name).waitFor();
    expect(await refusal.count()).toBe(0);
  });

  test("the pack's preview marks the district's band change; once installed GAD-7 reads with the new bands", async () => {
    await chooseDistrictFile(page, 'pack-card', pack);
    const preview = page.getByRole('dialog', { name: '量表包内容' });
    const contents = preview.getByTestId('pack-preview');
    await contents.waitFor();
    expect(await contents.innerText()).toContain('2026 年秋季学期：GAD-7 按区内常模调整分级。');
    expect(await contents.locator('li', { hasText: gad7 }).innerText()).toContain('分级经区中心调整');
    expect(await preview.getByTestId('pack-withdrawn').innerText()).toContain('WHO-5 Well-Being Index');
    await windowShot(page, 'scales-zh-14-pack-preview');
    await preview.getByRole('button', { name: '安装量表包' }).click();
    await preview.waitFor({ state: 'detached' });

    const row = scaleRows(page).filter({ hasText: gad7 });
    await row.getByText('分级经区中心调整').waitFor();
    await page.getByRole('button', { name: `查看 ${gad7} 的详情` }).click();
    const detail = page.getByTestId('scale-detail');
    await detail.getByText('需要关注').waitFor();
    expect(await detail.innerText()).toContain('8–21');
    await page.getByRole('button', { name: '关闭' }).click();
    await detail.waitFor({ state: 'detached' });
  });

  test('the same pack again is refused as not newer, and the library stays as it is', async () => {
    await chooseDistrictFile(page, 'pack-card', pack);
    const refusal = page.getByTestId('pack-card').getByTestId('district-file-refusal');
    await refusal.getByText(zh('errors.PACK_OUTDATED')).waitFor();
    expect(await refusal.innerText()).toContain(zh('scales.file.unchangedPack'));
    expect(
      await scaleRows(page)
        .filter({ has: page.getByText('未获批准', { exact: true }) })
        .count(),
    ).toBe(5);
    await screenshot(page, 'scales-zh-15-pack-refused');
  });

  test('administering ASQ in a Chinese interface says its items are in English only', async () => {
    await openStudents(page, 'zh-CN');
    await createStudent(page, 'zh-CN', { name: '李华', studentNumber: '2025102', grade: '初二' });
    const drawer = await startAdministering(page, 'zh-CN', asq);
    await drawer.getByTestId('ui-language-missing').getByText('题目只能以英文显示').waitFor();
    expect(await drawer.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);
    expect(await drawer.getByRole('radio', { name: '简体中文' }).count()).toBe(0);
    const item = drawer.getByTestId('item-1');
    await item.getByText('In the past few weeks, have you wished you were dead?').waitFor();
    // The answers are read in the items' language too.
    expect(await item.getByLabel('Refused', { exact: true }).count()).toBe(1);
    expect(await item.getByLabel('拒绝回答', { exact: true }).count()).toBe(0);
    await windowShot(page, 'scales-zh-16-administer-asq');
  });
});
