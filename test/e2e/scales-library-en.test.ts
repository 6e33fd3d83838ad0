import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { bundled, groupedFingerprint, newDistrict, packFile, tampered } from '../integration/support/scale-packs';
import type { RunningHost } from './support/app-host';
import { endAppSession, startAppSession } from './support/app-session';
import { createStudent } from './support/notes-ui';
import { chooseDistrictFile, openScales, scaleRows, windowShot } from './support/scales-ui';
import { openStudents } from './support/students-ui';
import { screenshot, setUpVault, text } from './support/ui';

const en = (key: string, values?: Record<string, string | number>) => text('en', key, values);
const counselor = {
  schoolName: 'Tianjin No. 1 Middle School',
  counselorName: 'Li Na',
  passphrase: 'willow by the haihe river',
};
const shipped = ['Patient Health Questionnaire-9 (PHQ-9)', 'Generalized Anxiety Disorder 7-item scale (GAD-7)'];

describe('the scale library in English: shipped scales, the district key, refused and installed packs', () => {
  let folder: string;
  let host: RunningHost;
  let browser: Browser;
  let page: Page;
  const district = newDistrict('Heping District Mental Health Education Center');

  const rowOf = (title: string) => scaleRows(page).filter({ hasText: title });
  // By the tag's whole text: "Not approved" contains "approved".
  const withApproval = (key: 'approved' | 'notApproved') =>
    scaleRows(page).filter({ has: page.getByText(en(`scales.approval.${key}`), { exact: true }) });
  const approvedCount = () => withApproval('approved').count();

  beforeAll(async () => {
    ({ folder, host, browser, page } = await startAppSession('en'));
    await setUpVault(page, 'en', counselor);
  });

  afterAll(() => endAppSession({ folder, host, browser }));

  test('lists the eight shipped scales, all approved while no pack is installed', async () => {
    await openScales(page, 'en');
    expect(await scaleRows(page).count()).toBe(8);
    expect(await approvedCount()).toBe(8);
    for (const title of [...shipped, 'Ask Suicide-Screening Questions (ASQ)', 'WHO-5 Well-Being Index']) {
      expect(await rowOf(title).count()).toBe(1);
    }
    const phq9 = await rowOf(shipped[0]!).innerText();
    expect(phq9).toContain('Shipped');
    expect(phq9).toContain('Chinese, English');
    expect(await page.getByTestId('scale-list').innerText()).toContain(en('scales.library.noPack'));
    // Without a district key there is nothing to check a pack against.
    expect(
      await page
        .getByTestId('pack-card')
        .getByRole('button', { name: en('scales.pack.import') })
        .isDisabled(),
    ).toBe(true);
    await screenshot(page, 'scales-en-01-library');
  });

  test("a scale's details show items, bands, the critical rule in words, licence and hash", async () => {
    await page.getByRole('button', { name: 'Details of Patient Health Questionnaire-9 (PHQ-9)' }).click();
    const detail = page.getByTestId('scale-detail');
    await detail.waitFor();
    const shown = await detail.innerText();
    expect(shown).toContain('Thoughts that you would be better off dead or of hurting yourself in some way');
    expect(shown).toContain('Moderate depressive symptoms');
    expect(shown).toContain('Higher scores mean more concern');
    expect(shown).toContain("Asked only when item 1's score ≥ 1 or item 2's score ≥ 1");
    expect(await detail.getByTestId('definition-critical').innerText()).toContain("item 9's score ≥ 1");
    expect(shown).toContain('Pfizer');
    expect(await detail.getByTestId('definition-hash').innerText()).toBe(bundled('phq-9').hash.slice(0, 16));
    await windowShot(page, 'scales-en-02-detail');
    await page.getByRole('button', { name: en('scales.detail.close') }).click();
    await detail.waitFor({ state: 'detached' });
  });

  test('installing the district key shows its fingerprint in groups to read out, then keeps it', async () => {
    await chooseDistrictFile(page, 'district-key-card', district.keyFile);
    const preview = page.getByRole('dialog', { name: en('scales.districtKey.previewTitle') });
    await preview.getByText(district.name).waitFor();
    await preview.getByText(en('scales.districtKey.readAloud')).waitFor();
    const groups = await preview.locator('.fingerprint__digits').allTextContents();
    expect(groups.join(' ')).toBe(groupedFingerprint(district.fingerprint));
    await windowShot(page, 'scales-en-03-key-preview');
    await preview.getByRole('button', { name: en('scales.districtKey.confirm') }).click();
    const card = page.getByTestId('district-key-card');
    await card.getByText(district.name).waitFor();
    expect((await card.locator('.fingerprint__digits').allTextContents()).join(' ')).toBe(
      groupedFingerprint(district.fingerprint),
    );
    expect(await card.getByRole('button', { name: en('scales.districtKey.replace') }).count()).toBe(1);
  });

  test('a tampered pack is refused with its reason and nothing changes', async () => {
    const pack = packFile(district);
    await chooseDistrictFile(
      page,
      'pack-card',
      tampered(pack, (payload) => (payload.sequence = 2)),
    );
    const refusal = page.getByTestId('pack-card').getByTestId('district-file-refusal');
    await refusal.getByText(en('scales.file.unchangedPack')).waitFor();
    expect(await refusal.innerText()).toContain(en('errors.PACK_BAD_SIGNATURE'));
    expect(await page.getByRole('dialog').count()).toBe(0);
    expect(await approvedCount()).toBe(8);
    expect(await page.getByTestId('pack-card').innerText()).toContain(en('scales.pack.none'));
    await screenshot(page, 'scales-en-04-tampered-pack');
  });

  test('a pack signed by another key, or with a malformed definition, is refused and names where', async () => {
    await chooseDistrictFile(page, 'pack-card', packFile(newDistrict('Another District')));
    const refusal = page.getByTestId('pack-card').getByTestId('district-file-refusal');
    await refusal.getByText(en('errors.PACK_UNKNOWN_KEY')).waitFor();

    const broken = { ...bundled('phq-9').definition, id: 'school-mood', items: [] };
    await chooseDistrictFile(page, 'pack-card', packFile(district, { definitions: [broken] }));
    await refusal.getByText(en('errors.PACK_INVALID_DEFINITION')).waitFor();
    expect(await refusal.innerText()).toContain('Concerns: definitions.0 (school-mood)');
    expect(await approvedCount()).toBe(8);
    await screenshot(page, 'scales-en-05-invalid-definition');
  });

  test('a valid pack approving PHQ-9 and GAD-7 shows what changes, then only those two are approved', async () => {
    await chooseDistrictFile(
      page,
      'pack-card',
      packFile(district, { note: 'Autumn term 2026: PHQ-9 and GAD-7 only.' }),
    );
    const preview = page.getByRole('dialog', { name: en('scales.pack.previewTitle') });
    const contents = preview.getByTestId('pack-preview');
    await contents.waitFor();
    const shown = await contents.innerText();
    expect(shown).toContain(district.name);
    expect(shown).toContain('Autumn term 2026: PHQ-9 and GAD-7 only.');
    for (const title of shipped) expect(shown).toContain(title);
    const withdrawn = await preview.getByTestId('pack-withdrawn').innerText();
    expect(withdrawn).toContain('Ask Suicide-Screening Questions (ASQ)');
    expect(withdrawn).not.toContain('PHQ-9');
    await windowShot(page, 'scales-en-06-pack-preview');
    await preview.getByRole('button', { name: en('scales.pack.confirm') }).click();
    await preview.waitFor({ state: 'detached' });

    await expect.poll(approvedCount).toBe(2);
    for (const title of shipped) expect(await rowOf(title).innerText()).toContain(en('scales.approval.approved'));
    expect(await rowOf('Ask Suicide-Screening Questions (ASQ)').innerText()).toContain(
      en('scales.approval.notApproved'),
    );
    expect(await withApproval('notApproved').count()).toBe(6);
    const card = await page.getByTestId('pack-card').innerText();
    expect(card).toContain(district.name);
    expect(await page.getByTestId('scale-list').innerText()).toContain(en('scales.library.withPack'));
    await screenshot(page, 'scales-en-07-pack-installed');
  });

  test('the administer dialog offers only the approved scales', async () => {
    await openStudents(page, 'en');
    await createStudent(page, 'en', { name: 'Wang Xiaoming', studentNumber: '2025101', grade: 'Junior 1' });
    await page.getByRole('button', { name: en('scales.administer.open') }).click();
    const drawer = page.getByTestId('administer-drawer');
    await drawer.getByLabel(en('scales.administer.scale'), { exact: true }).click();
    const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
    await options.first().waitFor();
    expect(await options.allTextContents()).toEqual(shipped);
    await windowShot(page, 'scales-en-08-administer-choices');
  });
});
