import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Hotline, HotlineEntry } from '../../shared/schemas/hotlines';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';

/** A saved line as the save call takes it back. */
const entry = ({ sortOrder: _sortOrder, ...line }: Hotline): HotlineEntry => line;

const localLine: HotlineEntry = {
  id: null,
  nameZh: '区心理中心',
  nameEn: '',
  number: '(022) 2345-6789',
  hoursZh: '工作日 9:00–17:00',
  hoursEn: '',
  noteZh: '',
  noteEn: '',
  active: true,
};

describe('hotlines', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const auditActions = () =>
    database().prepare("SELECT action FROM audit_events WHERE entity = 'hotlines' ORDER BY rowid").pluck().all();

  it("ships Tianjin's three lines, the student line without the number the source does not give", async () => {
    const lines = await fixture.call('hotlines.list', {});
    expect(lines.map((line) => [line.nameZh, line.number, line.active])).toEqual([
      ['阳光家庭热线', '4000716515', true],
      ['心理援助热线', '88588818', true],
      ['阳光心理热线', '', true],
    ]);
    expect(lines[0]).toMatchObject({ nameEn: 'Sunshine family hotline', hoursZh: '每周末', hoursEn: 'Weekends' });
    expect(lines[1]).toMatchObject({ hoursZh: '7×24小时', noteEn: expect.stringContaining('022') });
    expect(lines.map((line) => line.sortOrder)).toEqual([10, 20, 30]);
  });

  it('adds, edits and reorders the whole list in one save, and removes lines left out', async () => {
    const [family, aid] = await fixture.call('hotlines.list', {});
    const saved = await fixture.call('hotlines.save', {
      hotlines: [{ ...entry(aid!), noteZh: '免费' }, localLine, { ...entry(family!), active: false }],
    });
    expect(saved.map((line) => [line.nameZh, line.noteZh, line.active, line.sortOrder])).toEqual([
      ['心理援助热线', '免费', true, 10],
      ['区心理中心', '', true, 20],
      ['阳光家庭热线', expect.any(String), false, 30],
    ]);
    expect(saved[0]!.id).toBe(aid!.id);
    expect(await fixture.call('hotlines.list', {})).toEqual(saved);
    expect(auditActions()).toEqual(['hotlines.save']);

    const removed = await fixture.call('hotlines.save', { hotlines: [entry(saved[1]!)] });
    expect(removed.map((line) => [line.nameZh, line.sortOrder])).toEqual([['区心理中心', 10]]);
    expect(database().prepare('SELECT count(*) FROM hotlines').pluck().get()).toBe(1);
  });

  it('writes nothing when the list is saved as it is', async () => {
    const lines = await fixture.call('hotlines.list', {});
    expect(await fixture.call('hotlines.save', { hotlines: lines.map(entry) })).toEqual(lines);
    expect(auditActions()).toEqual([]);
  });

  it('refuses numbers that are not phone-like, lines without a name, too many lines and unknown ids', async () => {
    const [family] = await fixture.call('hotlines.list', {});
    for (const number of ['4000-SUNNY', '--', '8858 8818; drop']) {
      const error = await fixture.fail('hotlines.save', { hotlines: [{ ...localLine, number }] });
      expect(error, number).toMatchObject({ code: 'VALIDATION_FAILED', message: expect.stringContaining('number') });
    }
    expect((await fixture.fail('hotlines.save', { hotlines: [{ ...localLine, nameZh: '', nameEn: '' }] })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await fixture.fail('hotlines.save', { hotlines: Array(21).fill(localLine) })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect((await fixture.fail('hotlines.save', { hotlines: [entry(family!), entry(family!)] })).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      (
        await fixture.fail('hotlines.save', {
          hotlines: [{ ...localLine, id: '0190a000-0000-7000-8000-000000000000' }],
        })
      ).code,
    ).toBe('NOT_FOUND');
    expect((await fixture.call('hotlines.list', {})).map((line) => line.number)).toEqual([
      '4000716515',
      '88588818',
      '',
    ]);
  });

  it('accepts twenty lines', async () => {
    const saved = await fixture.call('hotlines.save', { hotlines: Array(20).fill(localLine) });
    expect(saved).toHaveLength(20);
  });
});
