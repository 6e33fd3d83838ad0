import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, passphrase, setUpVault } from './support/backend-fixture';
import { bundled } from './support/scale-packs';
import { createStudent } from './support/session-notes';

describe('student self-report', () => {
  let fixture: Fixture;
  let studentId: string;
  beforeEach(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
    studentId = await createStudent(fixture, '王小明', '2024001');
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const auditActions = () =>
    database()
      .prepare("SELECT action FROM audit_events WHERE action LIKE 'scales.%' ORDER BY rowid")
      .pluck()
      .all() as string[];
  const start = async (scale = 'phq-9', language: 'zh-CN' | 'en' = 'zh-CN') => {
    const { session } = await fixture.call('scales.startSelfReport', {
      studentId,
      scaleHash: bundled(scale).hash,
      language,
      consent: 'given',
    });
    return session!;
  };
  const answer = (sessionId: string, itemId: string, value: number | string | null) =>
    fixture.call('scales.answerSelfReport', { sessionId, itemId, answer: value });
  const unlock = () => fixture.call('vault.unlock', { method: 'passphrase', secret: passphrase });

  it('records a refusal and does not enter the mode', async () => {
    const declined = await fixture.call('scales.startSelfReport', {
      studentId,
      scaleHash: bundled('phq-9').hash,
      language: 'zh-CN',
      consent: 'declined',
    });
    expect(declined).toEqual({ session: null });
    expect(database().prepare('SELECT student_id, consent, finished_at FROM self_reports').raw().all()).toEqual([
      [studentId, 'declined', null],
    ]);
    expect(await fixture.call('scales.currentSelfReport', {})).toBeNull();
    await fixture.call('students.list', {});
    expect(await fixture.call('scales.listSelfReports', {})).toEqual([]);
    expect(auditActions()).toEqual(['scales.declineSelfReport']);
  });

  it('answers nothing but the self-report calls while the mode is on', async () => {
    const session = await start();
    expect(session).toMatchObject({ language: 'zh-CN', answers: {}, finished: false });
    expect(session.definition.id).toBe('phq-9');
    expect(await fixture.call('scales.currentSelfReport', {})).toEqual(session);
    for (const [channel, input] of [
      ['students.list', {}],
      ['students.get', { id: studentId }],
      ['scales.listResults', { studentId }],
      ['scales.startSelfReport', { studentId, scaleHash: bundled('gad-7').hash, language: 'zh-CN', consent: 'given' }],
      ['vault.changePassphrase', { method: 'passphrase', current: passphrase, next: 'x' }],
    ] as const) {
      const refused = await fixture.backend.router.call(channel, input);
      expect(refused, channel).toEqual({
        ok: false,
        error: { code: 'SELF_REPORT_ACTIVE', message: 'A student is answering a questionnaire.' },
      });
    }
    expect((await fixture.call('vault.status', {})).state).toBe('unlocked');
    await fixture.call('settings.get', {});
    expect(auditActions()).toEqual(['scales.startSelfReport']);
  });

  it('checks each answer against the questionnaire and the one on screen', async () => {
    const session = await start('asq', 'en');
    expect(await answer(session.id, '1', 'no')).toEqual({ answers: { '1': 'no' } });
    const refusals: [string, number | string][] = [
      ['9', 'no'], // no such item
      ['2', 2], // not a yes/no answer
      ['5', 'no'], // asked only after a yes or a refusal
    ];
    for (const [itemId, value] of refusals) {
      expect(
        (await fixture.fail('scales.answerSelfReport', { sessionId: session.id, itemId, answer: value })).code,
      ).toBe('VALIDATION_FAILED');
    }
    expect(await answer(session.id, '2', 'refused')).toEqual({ answers: { '1': 'no', '2': 'refused' } });
    expect(await answer(session.id, '5', 'no')).toEqual({ answers: { '1': 'no', '2': 'refused', '5': 'no' } });
    // Taking the refusal back: item 5 is no longer asked, and its answer goes.
    expect(await answer(session.id, '2', null)).toEqual({ answers: { '1': 'no' } });
    const other = '01990000-0000-7000-8000-000000000000';
    expect((await fixture.fail('scales.answerSelfReport', { sessionId: other, itemId: '1', answer: 'no' })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('has every answer on disk before the call returns, and resumes after a restart', async () => {
    const session = await start();
    await answer(session.id, '1', 2);
    await answer(session.id, '2', 1);
    await answer(session.id, '9', 0);
    fixture.restart();
    await unlock();
    // A new unlock is a new session: the mode is over until the questionnaire is resumed.
    expect(await fixture.call('scales.currentSelfReport', {})).toBeNull();
    await fixture.call('students.list', {});
    const [summary, ...others] = await fixture.call('scales.listSelfReports', {});
    expect(others).toEqual([]);
    expect(summary).toMatchObject({ id: session.id, studentId, studentName: '王小明', answered: 3, itemCount: 10 });
    const resumed = await fixture.call('scales.resumeSelfReport', { sessionId: session.id });
    expect(resumed.answers).toEqual({ '1': 2, '2': 1, '9': 0 });
    expect((await fixture.fail('students.list', {})).code).toBe('SELF_REPORT_ACTIVE');
  });

  it('ends with locking the vault, whatever locked it', async () => {
    const session = await start();
    await fixture.call('vault.lock', {});
    await unlock();
    await fixture.call('students.list', {});
    await fixture.call('scales.resumeSelfReport', { sessionId: session.id });
    fixture.backend.vault.lock();
    await unlock();
    await fixture.call('students.list', {});
  });

  it('leaves only with the passphrase and shows the critical result of the sitting at once', async () => {
    const session = await start();
    for (const [item, value] of [
      ['1', 1],
      ['2', 2],
      ['3', 1],
      ['4', 1],
      ['5', 0],
      ['6', 1],
      ['7', 0],
      ['8', 0],
      ['9', 2],
      ['10', 1],
    ] as const) {
      await answer(session.id, item, value);
    }
    expect(await fixture.call('scales.finishSelfReport', { sessionId: session.id })).toEqual({});
    expect((await fixture.call('scales.currentSelfReport', {}))?.finished).toBe(true);
    expect(
      (await fixture.fail('scales.answerSelfReport', { sessionId: session.id, itemId: '1', answer: 0 })).code,
    ).toBe('SELF_REPORT_FINISHED');
    expect((await fixture.fail('scales.finishSelfReport', { sessionId: session.id })).code).toBe(
      'SELF_REPORT_FINISHED',
    );

    const wrong = await fixture.fail('scales.exitSelfReport', { passphrase: `${passphrase}!` });
    expect(wrong).toMatchObject({ code: 'WRONG_SECRET', failedAttempts: 1 });
    expect((await fixture.fail('students.list', {})).code).toBe('SELF_REPORT_ACTIVE');

    const { critical } = await fixture.call('scales.exitSelfReport', { passphrase });
    expect(critical).toHaveLength(1);
    expect(critical[0]).toMatchObject({ studentId, mode: 'self-report', scaleHash: bundled('phq-9').hash });
    expect(critical[0]!.scoring.critical).toEqual([{ id: 'item-9', status: 'raised' }]);
    expect(critical[0]!.scoring.scores[0]?.value).toBe(8);
    // The success cleared the count of failures, as an unlock does.
    expect((await fixture.call('vault.status', {})).failedAttempts).toBe(0);
    expect(await fixture.call('scales.listResults', { studentId })).toEqual(critical);
    expect(await fixture.call('scales.listSelfReports', {})).toEqual([]);
    expect(auditActions()).toEqual(['scales.startSelfReport', 'scales.finishSelfReport', 'scales.exitSelfReport']);
  });

  it('makes guessing the passphrase as slow as at the lock screen', async () => {
    await start();
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      expect((await fixture.fail('scales.exitSelfReport', { passphrase: 'guess' })).code).toBe('WRONG_SECRET');
    }
    const limited = await fixture.fail('scales.exitSelfReport', { passphrase });
    expect(limited).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 30_000 });
    fixture.clock.advance(30_000);
    expect(await fixture.call('scales.exitSelfReport', { passphrase })).toEqual({ critical: [] });
    await fixture.call('students.list', {});
  });
});
