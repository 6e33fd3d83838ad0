import { describe, expect, it } from 'vitest';
import { openReferralIds } from '../../../shared/domain/crisis/case-state';
import { checklistProgress } from '../../../shared/domain/crisis/checklist';
import { caseMoves } from '../../../shared/domain/crisis/moves';
import { type CrisisPolicy, defaultCrisisPolicy } from '../../../shared/schemas/crisis-policy';
import { caseAt, caseWith, closedCase, correction, facts, offered, record, signedOffCase, uuid } from './case-fixtures';

describe('warning levels', () => {
  it('change any time before closure, up or down, and say when the level was set', () => {
    const state = caseWith([
      facts.levelChange('low', null, '2025-03-05'),
      facts.levelChange('high', null, '2025-03-08'),
    ]);
    expect(state.level).toBe('high');
    expect(state.levelSince).toBe('2025-03-08');
    expect(offered(closedCase(), { kind: 'level-change', to: 'high' })?.refusals).toEqual(['case-closed']);
  });

  it('rise to the top level naming a notice recorded at the current level, or saying why there is none', () => {
    const notified = caseWith([facts.guardiansNotified(), facts.levelChange('imminent', { notifiedEventId: uuid(1) })]);
    expect(notified).toMatchObject({ level: 'imminent', guardianNotice: 'recorded' });
    const explained = caseWith([facts.levelChange('imminent', { notNotifiedReason: '监护人疑为伤害来源' })]);
    expect(explained).toMatchObject({ level: 'imminent', guardianNotice: 'recorded' });
  });

  it('may name only a guardians-notified event as the notice', () => {
    const state = caseWith([facts.followUp()]);
    expect(record(state, facts.levelChange('imminent', { notifiedEventId: uuid(1) }))).toMatchObject({
      refusal: 'guardian-notice-not-found',
    });
  });

  it('tell the UI which move needs a guardian notice', () => {
    const state = caseAt('assessment');
    expect(offered(state, { kind: 'level-change', to: 'imminent' })?.requires).toEqual(['guardian-notice']);
    expect(offered(state, { kind: 'level-change', to: 'high' })?.requires).toEqual([]);
    expect(offered(state, { kind: 'level-change', to: 'moderate' })?.refusals).toEqual(['level-unchanged']);
  });

  it('at the top level from the opening, wait for the guardians before supervision', () => {
    const opened = caseAt('assessment');
    const pending = caseWith([], { level: 'imminent', stage: 'intervention' });
    expect(opened.guardianNotice).toBe('not-required');
    expect(pending.guardianNotice).toBe('pending');
    expect(offered(pending, { kind: 'stage-change', to: 'supervision' })?.refusals).toEqual([
      'imminent-needs-guardian-notice',
    ]);
    for (const notice of [facts.guardiansNotified(), facts.guardiansNotNotified()]) {
      const result = record(pending, notice);
      expect(result.ok && result.state.guardianNotice).toBe('recorded');
      expect(result.ok && offered(result.state, { kind: 'stage-change', to: 'supervision' })?.allowed).toBe(true);
    }
    const lowered = record(pending, facts.levelChange('high'));
    expect(lowered.ok && lowered.state.guardianNotice).toBe('not-required');
  });

  it('start a fresh checklist, in the policy’s order, at each level', () => {
    const marked = caseWith([facts.checklistItem('advise-medical-visit'), facts.checklistItem('counselor-assessment')]);
    expect(checklistProgress(marked, defaultCrisisPolicy).map((entry) => [entry.item.id, entry.status])).toEqual([
      ['counselor-assessment', 'done'],
      ['talk-with-parents', 'open'],
      ['advise-medical-visit', 'done'],
      ['regular-counseling', 'open'],
    ]);
    const notApplicable = record(marked, { ...facts.checklistItem('talk-with-parents'), status: 'not-applicable' });
    expect(notApplicable.ok && notApplicable.state.checklist['talk-with-parents']).toBe('not-applicable');
    const changed = caseWith([facts.checklistItem('counselor-assessment'), facts.levelChange('low')]);
    expect(checklistProgress(changed, defaultCrisisPolicy).every((entry) => entry.status === 'open')).toBe(true);
  });

  it('with no checklist, offer nothing to mark', () => {
    const policy: CrisisPolicy = { levels: defaultCrisisPolicy.levels.map((level) => ({ ...level, checklist: [] })) };
    const state = caseWith([], {}, policy);
    const option = caseMoves(state, policy).find((offered) => offered.move.kind === 'checklist-item');
    expect(option?.refusals).toEqual(['unknown-checklist-item']);
  });
});

describe('leave of absence and return', () => {
  it('pair: a return needs a leave, a second leave needs a return', () => {
    const away = caseWith([facts.leave('2025-03-05')]);
    expect(away.leave).toEqual({ eventId: uuid(1), since: '2025-03-05' });
    expect(offered(away, { kind: 'leave-of-absence' })?.refusals).toEqual(['already-on-leave']);
    const back = caseWith([facts.leave('2025-03-05'), facts.returnToSchool('2025-04-01'), facts.leave('2025-05-01')]);
    expect(back.leave?.since).toBe('2025-05-01');
    expect(offered(caseAt('assessment'), { kind: 'return-to-school' })?.refusals).toEqual(['not-on-leave']);
  });

  it('record a return without a recovery certificate as it happened, and count it as seeing the student', () => {
    const returned = caseWith([
      facts.leave('2025-03-05'),
      { ...facts.returnToSchool('2025-04-01'), recoveryCertificateSeen: false },
    ]);
    expect(returned.leave).toBeNull();
    expect(returned.lastContactOn).toBe('2025-04-01');
  });

  it('do not keep a case open: a student on leave may transfer and the case close', () => {
    const away = caseWith([facts.leave(), facts.stageChange('supervision'), facts.review(true)], {
      stage: 'intervention',
    });
    expect(record(away, { ...facts.closure(), reason: 'transferred' }).ok).toBe(true);
  });
});

describe('referrals and safety plans', () => {
  it('keep a referral open until the family or the hospital reports an outcome', () => {
    const referred = caseWith([facts.referral(), facts.referral()]);
    expect(openReferralIds(referred)).toEqual([uuid(1), uuid(2)]);
    const reported = caseWith([facts.referral(), facts.referral(), facts.referralOutcome(uuid(2))]);
    expect(openReferralIds(reported)).toEqual([uuid(1)]);
    const again = record(reported, { ...facts.referralOutcome(uuid(2)), reportedBy: 'hospital' });
    expect(again.ok).toBe(true);
    expect(offered(caseAt('assessment'), { kind: 'referral-outcome' })?.refusals).toEqual(['referral-not-found']);
  });

  it('update only a plan that was made', () => {
    expect(offered(caseAt('assessment'), { kind: 'safety-plan', action: 'updated' })?.refusals).toEqual([
      'safety-plan-not-found',
    ]);
    const updated = caseWith([facts.safetyPlan(uuid(50)), facts.safetyPlan(uuid(50), 'updated')]);
    expect(updated.safetyPlanIds).toEqual([uuid(50)]);
  });
});

describe('supervision and closure', () => {
  it('closes from supervision with a signed-off review, keeping the reason and day', () => {
    const result = record(signedOffCase(), { ...facts.closure('2025-06-30'), reason: 'graduated' });
    expect(result.ok && result.state).toMatchObject({
      stage: 'closed',
      hasSignedOffReview: true,
      closure: { reason: 'graduated', note: '', on: '2025-06-30' },
    });
  });

  it('needs the sign-off to be the latest review', () => {
    const revoked = record(signedOffCase(), facts.review(false));
    expect(revoked.ok && offered(revoked.state, { kind: 'closure' })?.refusals).toEqual([
      'closure-needs-supervision-review',
    ]);
  });

  it('needs a new sign-off after a level change', () => {
    const changed = record(signedOffCase(), facts.levelChange('low'));
    expect(changed.ok && offered(changed.state, { kind: 'closure' })?.refusals).toEqual([
      'closure-needs-supervision-review',
    ]);
  });

  it('lists every reason a closure is refused', () => {
    expect(offered(caseAt('intervention'), { kind: 'closure' })?.refusals).toEqual([
      'closure-needs-supervision-stage',
      'closure-needs-supervision-review',
    ]);
  });

  it('takes reviews that do not sign off at any stage, but a sign-off only in supervision', () => {
    const commented = record(caseAt('intervention'), facts.review(false));
    expect(commented.ok && commented.state.currentReview).toBeNull();
    expect(offered(caseAt('intervention'), { kind: 'supervision-review', signedOff: true })?.refusals).toEqual([
      'sign-off-outside-supervision',
    ]);
  });

  it('is final: after closure only corrections are allowed', () => {
    const options = caseMoves(closedCase(), defaultCrisisPolicy);
    const allowed = options.filter((option) => option.allowed).map((option) => option.move.kind);
    expect(allowed).toEqual(['correction']);
    for (const option of options.filter((offered) => !offered.allowed))
      expect(option.refusals).toEqual(['case-closed']);
    expect(record(closedCase(), correction(uuid(2), { ...facts.review(true), comments: '同意结案。' })).ok).toBe(true);
  });
});

describe('contacts', () => {
  it('track the latest day of contact with the student or the guardians, not the latest recorded', () => {
    const state = caseWith([facts.guardiansNotified('2025-03-09'), facts.followUp('2025-03-07')]);
    expect(state.lastContactOn).toBe('2025-03-09');
    expect(caseAt('assessment').lastContactOn).toBeNull();
  });
});
