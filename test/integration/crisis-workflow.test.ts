import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseEventBody } from '../../shared/schemas/crisis';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import {
  type CaseView,
  correction,
  facts,
  lastEventId,
  openCase,
  record,
  recordAll,
  refusal,
} from './support/crisis-cases';
import { newStudent } from './support/roster-files';
import { bundled } from './support/scale-packs';

const planId = '0195f2a0-0000-7000-8000-0000000000f1';

describe('a crisis case through the five modules', () => {
  let fixture: Fixture;
  let studentId: string;
  beforeEach(async () => {
    fixture = newFixture();
    fixture.clock.time = Date.parse('2026-09-01T12:00:00');
    await setUpVault(fixture);
    studentId = (await fixture.call('students.create', newStudent())).id;
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const storedEvents = (caseId: string) =>
    database().prepare('SELECT seq, type FROM crisis_events WHERE case_id = ? ORDER BY seq').all(caseId);
  const moveOf = (view: CaseView, kind: string, to?: string) =>
    view.moves.find((option) => option.move.kind === kind && (!to || ('to' in option.move && option.move.to === to)));

  it('goes from screening to closure with the guardian notice, a safety plan, a referral and follow-ups', async () => {
    fixture.clock.time = Date.parse('2026-09-04T12:00:00');
    const result = await fixture.call('scales.saveResult', {
      studentId,
      scaleHash: bundled('phq-9').hash,
      language: 'zh-CN',
      administeredOn: '2026-09-01',
      answers: { '1': 3, '2': 3, '3': 3, '4': 2, '5': 2, '6': 3, '7': 2, '8': 1, '9': 2, '10': 2 },
      remark: '',
    });
    let view = await openCase(fixture, studentId, {
      source: { kind: 'scale-result', resultId: result.id },
      level: 'high',
    });
    expect(view.status.stage).toBe('screening');
    view = await recordAll(fixture, view, [
      facts.stageChange('assessment', '2026-09-01'),
      facts.riskAssessment('2026-09-02', 'imminent'),
      facts.stageChange('early-warning', '2026-09-02'),
      facts.guardiansNotified('2026-09-02'),
    ]);
    const notice = lastEventId(view);
    view = await record(fixture, view, facts.levelChange('imminent', { notifiedEventId: notice }, '2026-09-02'));
    expect(view.status).toMatchObject({ level: { id: 'imminent', colour: 'red' }, guardianNotice: 'recorded' });
    expect(view.nextFollowUp).toEqual({ due: '2026-09-03', status: 'overdue' });
    view = await recordAll(fixture, view, [
      facts.stageChange('intervention', '2026-09-02'),
      facts.safetyPlan(planId, 'made', '2026-09-02'),
      facts.checklistItem('never-alone', '2026-09-02'),
      facts.referral('2026-09-03'),
    ]);
    const referral = lastEventId(view);
    expect(view.status.safetyPlanIds).toEqual([planId]);
    expect(view.checklist.find((entry) => entry.item.id === 'never-alone')?.status).toBe('done');
    expect(view.openReferrals).toEqual([
      {
        eventId: referral,
        institution: '安定医院',
        department: '儿童青少年心理科',
        channel: 'green',
        referredOn: '2026-09-03',
        daysOpen: 1,
      },
    ]);
    view = await recordAll(fixture, view, [
      facts.referralOutcome(referral, '2026-09-05'),
      facts.leave('2026-09-06'),
      facts.returnToSchool('2026-09-20'),
      facts.followUp('2026-09-21'),
      facts.levelChange('moderate', null, '2026-09-21'),
      facts.stageChange('supervision', '2026-09-28'),
      facts.review(true, '2026-09-29'),
    ]);
    expect(view.openReferrals).toEqual([]);
    expect(moveOf(view, 'closure')).toMatchObject({ allowed: true });
    view = await record(fixture, view, facts.closure('2026-09-30'));

    expect(view.status).toMatchObject({
      stage: 'closed',
      level: { id: 'moderate' },
      leave: null,
      lastContactOn: '2026-09-21',
      closure: { reason: 'risk-resolved', note: '', on: '2026-09-30' },
    });
    expect(view.nextFollowUp).toBeNull();
    expect(view.events.map((event) => [event.sequence, event.body.type])).toEqual(
      storedEvents(view.caseId).map((row) => [(row as { seq: number }).seq, (row as { type: string }).type]),
    );
    expect(view.events).toHaveLength(17);
    expect(view.moves.filter((option) => option.allowed).map((option) => option.move.kind)).toEqual(['correction']);
    expect(moveOf(view, 'follow-up')).toMatchObject({ refusals: ['case-closed'] });
    expect(await refusal(fixture, view, facts.followUp('2026-10-01'))).toMatchObject({
      code: 'CASE_MOVE_REFUSED',
      detail: 'case-closed',
    });
    const audit = database()
      .prepare("SELECT action FROM audit_events WHERE entity = 'crisis-case' AND entity_id = ?")
      .pluck()
      .all(view.caseId);
    expect(audit).toEqual(['crisis.open', ...Array(17).fill('crisis.record')]);

    const again = await openCase(fixture, studentId, { source: { kind: 'self-referral' }, occurredOn: '2026-10-08' });
    expect(again.caseId).not.toBe(view.caseId);
  });

  it('refuses a move the machine does not allow with its code, and records nothing', async () => {
    const view = await openCase(fixture, studentId);
    const refused: [CaseEventBody, string][] = [
      [facts.stageChange('intervention'), 'stage-skip-not-allowed'],
      [facts.stageChange('screening'), 'stage-backward-not-allowed'],
      [facts.closure(), 'closure-needs-supervision-stage'],
      [facts.returnToSchool(), 'not-on-leave'],
      [facts.referralOutcome(planId), 'referral-not-found'],
      [facts.review(true), 'sign-off-outside-supervision'],
      [facts.levelChange('imminent', null), 'imminent-needs-guardian-notice'],
      [facts.levelChange('moderate'), 'level-unchanged'],
      [facts.checklistItem('never-alone'), 'unknown-checklist-item'],
      [correction(planId, null), 'nothing-to-correct'],
    ];
    for (const [body, code] of refused) {
      expect(await refusal(fixture, view, body), code).toMatchObject({ code: 'CASE_MOVE_REFUSED', detail: code });
    }
    expect(storedEvents(view.caseId)).toEqual([]);
    const after = await fixture.call('crisis.get', { caseId: view.caseId });
    expect(after.status).toEqual(view.status);
    expect(moveOf(after, 'stage-change', 'intervention')).toMatchObject({
      allowed: false,
      refusals: ['stage-skip-not-allowed'],
    });
  });

  it('refuses a record made on a stale view, so two windows cannot interleave silently', async () => {
    const view = await openCase(fixture, studentId);
    const first = await record(fixture, view, facts.followUp('2026-09-02'));
    const stale = await refusal(fixture, view, facts.riskAssessment('2026-09-02'));
    expect(stale).toMatchObject({ code: 'CASE_CONFLICT', revision: 1 });
    const ahead = await fixture.fail('crisis.record', {
      caseId: view.caseId,
      body: facts.followUp('2026-09-03'),
      expectedCount: 5,
    });
    expect(ahead).toMatchObject({ code: 'CASE_CONFLICT', revision: 1 });
    expect(storedEvents(view.caseId)).toEqual([{ seq: 1, type: 'follow-up' }]);
    const next = await record(fixture, first, facts.riskAssessment('2026-09-02'));
    expect(next.events.map((event) => event.sequence)).toEqual([1, 2]);
  });

  it('refuses an event on a case that does not exist', async () => {
    const error = await fixture.fail('crisis.record', {
      caseId: '0195f2a0-0000-7000-8000-00000000beef',
      body: facts.followUp(),
      expectedCount: 0,
    });
    expect(error.code).toBe('NOT_FOUND');
  });

  it('corrects by a new event that points at the old one, which stays in the log, marked', async () => {
    let view = await openCase(fixture, studentId);
    view = await record(fixture, view, facts.levelChange('high', null, '2026-09-02'));
    const raise = lastEventId(view);
    expect(view.status.level.id).toBe('high');
    expect(view.nextFollowUp?.due).toBe('2026-09-05');

    view = await record(fixture, view, correction(raise, null, '2026-09-03'));
    const fix = lastEventId(view);
    expect(view.status.level.id).toBe('moderate');
    expect(view.nextFollowUp?.due).toBe('2026-09-15');
    expect(view.events.map((event) => [event.id, event.correctedBy])).toEqual([
      [raise, [fix]],
      [fix, []],
    ]);
    expect(view.events[0]?.body).toEqual(facts.levelChange('high', null, '2026-09-02'));

    view = await record(fixture, view, facts.followUp('2026-09-04'));
    const followUp = lastEventId(view);
    expect(view.nextFollowUp?.due).toBe('2026-09-18');
    view = await record(fixture, view, correction(followUp, facts.followUp('2026-09-05'), '2026-09-05'));
    expect(view.nextFollowUp?.due).toBe('2026-09-19');
    expect(view.events.find((event) => event.id === followUp)?.correctedBy).toEqual([lastEventId(view)]);
    expect(storedEvents(view.caseId)).toHaveLength(4);
  });

  it('refuses a correction that would break the history, naming the cause', async () => {
    let view = await openCase(fixture, studentId);
    view = await record(fixture, view, facts.leave('2026-09-02'));
    const leave = lastEventId(view);
    view = await record(fixture, view, facts.returnToSchool('2026-09-10'));
    const error = await refusal(fixture, view, correction(leave, null));
    expect(error).toMatchObject({ code: 'CASE_MOVE_REFUSED', detail: 'correction-invalidates-history:not-on-leave' });
    const mismatch = await refusal(fixture, view, correction(leave, facts.followUp()));
    expect(mismatch).toMatchObject({ detail: 'correction-type-mismatch' });
    expect(storedEvents(view.caseId)).toHaveLength(2);
  });
});
