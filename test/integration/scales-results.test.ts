import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ScaleAnswers } from '../../shared/schemas/scale-definition';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { approval, bundled, groupedFingerprint, newDistrict, packFile } from './support/scale-packs';
import { completeContent, createStudent, finalizedNote } from './support/session-notes';

/** PHQ-9 answers 1–9 as given, and item 10 "somewhat difficult" when it is asked (any problem checked). */
function phq9(...values: number[]): ScaleAnswers {
  const answers = Object.fromEntries(values.map((value, index) => [String(index + 1), value]));
  return values.some((value) => value > 0) ? { ...answers, '10': 1 } : answers;
}

describe('scale results', () => {
  let fixture: Fixture;
  let studentId: string;
  beforeEach(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
    studentId = await createStudent(fixture, '王小明', '2024001');
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const save = (answers: ScaleAnswers, overrides: Record<string, unknown> = {}) =>
    fixture.call('scales.saveResult', {
      studentId,
      scaleHash: bundled('phq-9').hash,
      language: 'zh-CN',
      administeredOn: '2026-09-01',
      answers,
      remark: '',
      ...overrides,
    });

  it('scores the answers in the backend and stores them with the hash of the definition used', async () => {
    const result = await save(phq9(2, 2, 1, 1, 1, 1, 1, 1, 0), { remark: '面谈中填写' });
    expect(result).toMatchObject({
      studentId,
      scaleHash: bundled('phq-9').hash,
      scaleId: 'phq-9',
      scaleVersion: '1.0.0',
      mode: 'counselor',
      language: 'zh-CN',
      remark: '面谈中填写',
      screeningId: null,
      createdBy: '李老师',
    });
    expect(result.scoring.scores[0]).toMatchObject({ id: 'total', value: 10, bandId: 'moderate' });
    expect(result.scoring.critical).toEqual([]);
    expect(await fixture.call('scales.getResult', { id: result.id })).toEqual(result);
    expect(await fixture.call('scales.listResults', { studentId, scaleId: 'phq-9' })).toEqual([result]);
    expect(await fixture.call('scales.listResults', { studentId, scaleId: 'gad-7' })).toEqual([]);
    expect(
      database().prepare("SELECT action FROM audit_events WHERE entity = 'scale-result' ORDER BY rowid").pluck().all(),
    ).toEqual(['scales.saveResult', 'scales.openResult']);
  });

  it('takes no score from the client and refuses answers that do not fit the scale', async () => {
    const withScore = await fixture.backend.router.call('scales.saveResult', {
      studentId,
      scaleHash: bundled('phq-9').hash,
      language: 'zh-CN',
      administeredOn: '2026-09-01',
      answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 0),
      scoring: { concern: 0 },
    });
    expect(withScore).toMatchObject({ ok: false, error: { code: 'VALIDATION_FAILED' } });

    const outOfRange = await fixture.fail('scales.saveResult', {
      studentId,
      scaleHash: bundled('phq-9').hash,
      language: 'zh-CN',
      administeredOn: '2026-09-01',
      answers: { ...phq9(0, 0, 0, 0, 0, 0, 0, 0, 0), '3': 7, '11': 1 },
    });
    expect(outOfRange).toMatchObject({ code: 'VALIDATION_FAILED', message: 'Invalid fields: answers.11, answers.3' });
    // ASQ item 5 is asked only after a "yes" or a refusal; ASQ has no approved Chinese text.
    const asq = { studentId, scaleHash: bundled('asq').hash, administeredOn: '2026-09-01' };
    const answers = { '1': 'no', '2': 'no', '3': 'no', '4': 'no' } as const;
    expect(
      (await fixture.fail('scales.saveResult', { ...asq, language: 'en', answers: { ...answers, '5': 'no' } })).code,
    ).toBe('VALIDATION_FAILED');
    expect((await fixture.fail('scales.saveResult', { ...asq, language: 'zh-CN', answers })).code).toBe(
      'VALIDATION_FAILED',
    );
    const unknownStudent = { ...asq, studentId: '01990000-0000-7000-8000-000000000000', language: 'en' as const };
    expect((await fixture.fail('scales.saveResult', { ...unknownStudent, answers })).code).toBe('NOT_FOUND');
    expect(database().prepare('SELECT count(*) FROM scale_results').pluck().get()).toBe(0);
  });

  it('stores an incomplete administration as the engine scores it, critical item unanswered', async () => {
    const answers = phq9(1, 1, 1, 1, 1, 1, 1, 1, 0);
    delete answers['9'];
    const result = await save(answers);
    expect(result.scoring.complete).toBe(false);
    expect(result.scoring.unanswered).toEqual(['9']);
    expect(result.scoring.critical).toEqual([{ id: expect.any(String), status: 'unanswered' }]);
  });

  it('is append-only in the database itself', async () => {
    const { id } = await save(phq9(0, 0, 0, 0, 0, 0, 0, 0, 0));
    expect(() => database().prepare("UPDATE scale_results SET scoring = '{}' WHERE id = ?").run(id)).toThrow(
      /append-only/,
    );
    expect(() => database().prepare('DELETE FROM scale_results WHERE id = ?').run(id)).toThrow(/append-only/);
    expect((await fixture.call('scales.getResult', { id })).scoring.scores[0]?.value).toBe(0);
  });

  it('keeps the hash and scoring of earlier results when a later pack changes the bands', async () => {
    const before = await save(phq9(2, 2, 1, 1, 1, 1, 1, 1, 0));
    expect(before.scoring.scores[0]?.bandId).toBe('moderate');

    const district = newDistrict();
    await fixture.call('scales.installDistrictKey', {
      ...district.keyFile,
      fingerprint: groupedFingerprint(district.fingerprint),
    });
    const label = (zh: string, en: string) => ({ 'zh-CN': zh, en });
    const library = await fixture.call(
      'scales.installPack',
      packFile(district, {
        approved: [approval('phq-9')],
        bandOverrides: [
          {
            scaleId: 'phq-9',
            hash: bundled('phq-9').hash,
            scoreId: 'total',
            bands: [
              { id: 'low', label: label('低', 'Low'), min: 0, max: 11, concern: 0 },
              { id: 'high', label: label('高', 'High'), min: 12, max: 27, concern: 3 },
            ],
          },
        ],
      }),
    );
    const effective = library.scales[0]!;
    expect(effective).toMatchObject({ id: 'phq-9', overridden: true, approved: true, origin: 'bundled' });
    expect(effective.hash).not.toBe(bundled('phq-9').hash);

    expect(
      (
        await fixture.fail('scales.saveResult', {
          studentId,
          scaleHash: bundled('phq-9').hash,
          language: 'zh-CN',
          administeredOn: '2026-09-02',
          answers: phq9(0, 0, 0, 0, 0, 0, 0, 0, 0),
        })
      ).code,
    ).toBe('SCALE_NOT_APPROVED');
    const after = await save(phq9(2, 2, 1, 1, 1, 1, 1, 1, 0), { scaleHash: effective.hash });
    expect(after.scoring.scores[0]?.bandId).toBe('low');

    expect(await fixture.call('scales.getResult', { id: before.id })).toEqual(before);
    expect((await fixture.call('scales.listResults', { studentId })).map((result) => result.scaleHash)).toEqual([
      bundled('phq-9').hash,
      effective.hash,
    ]);
    const old = await fixture.call('scales.definition', { hash: bundled('phq-9').hash });
    expect(old).toMatchObject({ approved: false, overridden: false });
    expect(old.definition.scores[0]?.bands.map((band) => band.id)).toContain('moderate');
  });

  it("joins the student's timeline, and the kinds filter still chooses", async () => {
    await finalizedNote(fixture, studentId, completeContent({ date: '2026-09-01', startTime: '10:00' }));
    const result = await save(phq9(3, 3, 3, 3, 3, 3, 2, 2, 2), { administeredOn: '2026-09-01' });
    const timeline = await fixture.call('sessions.timeline', { studentId });
    expect(timeline.entries.map((entry) => entry.kind)).toEqual(['note', 'scale-result']);
    expect(timeline.entries[1]).toEqual({
      kind: 'scale-result',
      date: '2026-09-01',
      resultId: result.id,
      scaleId: 'phq-9',
      title: bundled('phq-9').definition.title,
      mode: 'counselor',
      value: 24,
      bandId: 'severe',
      bandLabel: bundled('phq-9').definition.scores[0]!.bands.find((band) => band.id === 'severe')!.label,
      concern: 4,
      critical: true,
    });
    const notes = await fixture.call('sessions.timeline', { studentId, kinds: ['note'] });
    expect(notes.entries.map((entry) => entry.kind)).toEqual(['note']);
    const results = await fixture.call('sessions.timeline', { studentId, kinds: ['scale-result'] });
    expect(results.entries.map((entry) => entry.kind)).toEqual(['scale-result']);
  });
});
