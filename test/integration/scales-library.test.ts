import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { approval, bundled, groupedFingerprint, newDistrict, packFile, tampered } from './support/scale-packs';

const shippedIds = ['phq-9', 'gad-7', 'phq-2', 'gad-2', 'asq', 'who-5', 'k6', 'k10'];

describe('the scale library, the district key and scale packs', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const count = (table: string) => database().prepare(`SELECT count(*) FROM ${table}`).pluck().get();
  const auditActions = (entity: string) =>
    database().prepare('SELECT action FROM audit_events WHERE entity = ? ORDER BY rowid').pluck().all(entity);
  const installKey = async (district = newDistrict()) => {
    await fixture.call('scales.installDistrictKey', {
      ...district.keyFile,
      fingerprint: groupedFingerprint(district.fingerprint),
    });
    return district;
  };

  it('approves the eight shipped scales until a pack is installed', async () => {
    const library = await fixture.call('scales.library', {});
    expect(library.districtKey).toBeNull();
    expect(library.pack).toBeNull();
    expect(library.scales.map((scale) => scale.id)).toEqual(shippedIds);
    expect(library.scales.every((scale) => scale.approved && scale.origin === 'bundled' && !scale.overridden)).toBe(
      true,
    );
    expect(library.scales.find((scale) => scale.id === 'asq')?.languages).toEqual(['en']);
    expect(library.scales.find((scale) => scale.id === 'phq-9')).toMatchObject({
      hash: bundled('phq-9').hash,
      itemCount: 10,
      languages: ['zh-CN', 'en'],
    });
  });

  it('returns any known definition by hash and refuses an unknown one', async () => {
    const record = await fixture.call('scales.definition', { hash: bundled('gad-7').hash });
    expect(record).toMatchObject({ hash: bundled('gad-7').hash, origin: 'bundled', overridden: false, approved: true });
    expect(record.definition.id).toBe('gad-7');
    expect((await fixture.fail('scales.definition', { hash: 'e'.repeat(64) })).code).toBe('NOT_FOUND');
  });

  it('shows a key file before installing it, and installs it only with the fingerprint the counselor confirmed', async () => {
    const district = newDistrict();
    const preview = await fixture.call('scales.previewDistrictKey', district.keyFile);
    expect(preview).toEqual({ district: district.name, fingerprint: groupedFingerprint(district.fingerprint) });
    expect((await fixture.call('scales.library', {})).districtKey).toBeNull();

    const other = newDistrict('河西区');
    const mismatch = await fixture.fail('scales.installDistrictKey', {
      ...district.keyFile,
      fingerprint: groupedFingerprint(other.fingerprint),
    });
    expect(mismatch.code).toBe('DISTRICT_KEY_MISMATCH');
    expect(count('district_keys')).toBe(0);

    const garbage = { fileName: 'key.json', content: Buffer.from('{"format":"x"}').toString('base64') };
    const invalid = await fixture.fail('scales.installDistrictKey', { ...garbage, fingerprint: '' });
    expect(invalid.code).toBe('DISTRICT_KEY_INVALID');
    expect(invalid.detail).toEqual(expect.any(String));
    expect((await fixture.fail('scales.previewDistrictKey', garbage)).code).toBe('DISTRICT_KEY_INVALID');

    // Read out by phone, typed in lower case without spaces: the same fingerprint.
    const library = await fixture.call('scales.installDistrictKey', {
      ...district.keyFile,
      fingerprint: district.fingerprint.toLowerCase(),
    });
    expect(library.districtKey).toEqual({
      district: district.name,
      fingerprint: groupedFingerprint(district.fingerprint),
      installedAt: '2026-09-01T08:00:00.000Z',
    });
  });

  it('keeps a replaced key, marked with when it was replaced, and audits each install', async () => {
    const first = await installKey(newDistrict('和平区'));
    fixture.clock.advance(60_000);
    const second = await installKey(newDistrict('和平区心理中心'));
    expect((await fixture.call('scales.library', {})).districtKey?.district).toBe(second.name);
    expect(
      database().prepare('SELECT fingerprint, replaced_at FROM district_keys ORDER BY installed_at').raw().all(),
    ).toEqual([
      [first.fingerprint, '2026-09-01T08:01:00.000Z'],
      [second.fingerprint, null],
    ]);
    expect(auditActions('district-key')).toEqual(['scales.installDistrictKey', 'scales.installDistrictKey']);
  });

  it('refuses a pack before any district key is installed', async () => {
    const district = newDistrict();
    expect((await fixture.fail('scales.previewPack', packFile(district))).code).toBe('DISTRICT_KEY_MISSING');
    expect((await fixture.fail('scales.installPack', packFile(district))).code).toBe('DISTRICT_KEY_MISSING');
  });

  it('previews what a pack changes, then limits what may be administered to what it approves', async () => {
    const district = await installKey();
    const file = packFile(district, { approved: [approval('phq-9'), approval('gad-7')], note: '2026 学年' });
    const preview = await fixture.call('scales.previewPack', file);
    expect(preview).toMatchObject({ district: district.name, sequence: 1, note: '2026 学年' });
    expect(preview.scales.map((scale) => [scale.id, scale.added, scale.overridden])).toEqual([
      ['phq-9', false, false],
      ['gad-7', false, false],
    ]);
    expect(preview.withdrawn.map((scale) => scale.id)).toEqual(['phq-2', 'gad-2', 'asq', 'who-5', 'k6', 'k10']);
    expect(count('scale_packs')).toBe(0);

    const library = await fixture.call('scales.installPack', file);
    expect(library.pack).toMatchObject({ district: district.name, sequence: 1 });
    expect(library.scales.map((scale) => [scale.id, scale.approved])).toEqual([
      ['phq-9', true],
      ['gad-7', true],
      ['phq-2', false],
      ['gad-2', false],
      ['asq', false],
      ['who-5', false],
      ['k6', false],
      ['k10', false],
    ]);
    expect((await fixture.call('scales.definition', { hash: bundled('k10').hash })).approved).toBe(false);
    expect(auditActions('scale-pack')).toEqual(['scales.installPack']);
    // The signed file is kept as it came.
    expect(database().prepare('SELECT file FROM scale_packs').pluck().get()).toEqual(
      Buffer.from(file.content, 'base64'),
    );

    const next = packFile(district, { sequence: 2, approved: [approval('asq')] });
    const added = await fixture.call('scales.previewPack', next);
    expect(added.scales.map((scale) => [scale.id, scale.added])).toEqual([['asq', true]]);
    expect(added.withdrawn.map((scale) => scale.id)).toEqual(['phq-9', 'gad-7']);
  });

  it('refuses tampered, foreign, outdated, malformed and inconsistent packs and changes nothing', async () => {
    const district = await installKey();
    await fixture.call('scales.installPack', packFile(district, { sequence: 3 }));
    const before = await fixture.call('scales.library', {});
    const packs = count('scale_packs');
    const definitions = count('scale_definitions');
    const refusals: [string, { fileName: string; content: string }, string][] = [
      [
        'tampered',
        tampered(packFile(district, { sequence: 4 }), (payload) => {
          payload.approved = [approval('k10')];
        }),
        'PACK_BAD_SIGNATURE',
      ],
      ['unknown key', packFile(newDistrict(), { sequence: 4 }), 'PACK_UNKNOWN_KEY'],
      ['same sequence', packFile(district, { sequence: 3 }), 'PACK_OUTDATED'],
      ['older sequence', packFile(district, { sequence: 2 }), 'PACK_OUTDATED'],
      ['not JSON', { fileName: 'x.xqpack', content: Buffer.from('not a pack').toString('base64') }, 'PACK_MALFORMED'],
      [
        'unknown approval',
        packFile(district, { sequence: 4, approved: [{ id: 'phq-9', version: '1.0.0', hash: 'c'.repeat(64) }] }),
        'PACK_UNKNOWN_APPROVAL',
      ],
      [
        'bands that leave a gap',
        packFile(district, {
          sequence: 4,
          bandOverrides: [
            {
              scaleId: 'phq-9',
              hash: bundled('phq-9').hash,
              scoreId: 'total',
              bands: [{ id: 'low', label: { 'zh-CN': '低', en: 'Low' }, min: 0, max: 9, concern: 0 }],
            },
          ],
        }),
        'PACK_INVALID_OVERRIDE',
      ],
      [
        'invalid definition',
        packFile(district, { sequence: 4, definitions: [{ format: 1, id: 'scared' }] }),
        'PACK_INVALID_DEFINITION',
      ],
    ];
    for (const [what, file, code] of refusals) {
      expect((await fixture.fail('scales.previewPack', file)).code, what).toBe(code);
      const refused = await fixture.fail('scales.installPack', file);
      expect(refused.code, what).toBe(code);
      if (code === 'PACK_MALFORMED' || code === 'PACK_INVALID_DEFINITION') expect(refused.detail, what).toBeTruthy();
    }
    expect(await fixture.call('scales.library', {})).toEqual(before);
    expect(count('scale_packs')).toBe(packs);
    expect(count('scale_definitions')).toBe(definitions);
  });
});
