import { describe, expect, it } from 'vitest';
import { foldCaseEvents } from '../../../shared/domain/crisis/apply-event';
import { openReferralIds } from '../../../shared/domain/crisis/case-state';
import { effectiveEvents } from '../../../shared/domain/crisis/corrections';
import { nextFollowUpDue } from '../../../shared/domain/crisis/follow-up';
import { defaultCrisisPolicy } from '../../../shared/schemas/crisis-policy';
import { caseWith, closedCase, correction, facts, opening, record, uuid } from './case-fixtures';

describe('corrections', () => {
  it('put the replacement in place of the corrected event when the case is derived', () => {
    const wrongDay = caseWith([facts.followUp('2025-03-20')], { level: 'high' });
    expect(nextFollowUpDue(wrongDay, defaultCrisisPolicy)).toBe('2025-03-27');
    const fixed = record(wrongDay, correction(uuid(1), facts.followUp('2025-03-05')));
    expect(fixed.ok && nextFollowUpDue(fixed.state, defaultCrisisPolicy)).toBe('2025-03-12');
  });

  it('change the level when a level change is corrected', () => {
    const result = record(caseWith([facts.levelChange('low')]), correction(uuid(1), facts.levelChange('high')));
    expect(result.ok && result.state.level).toBe('high');
  });

  it('without a replacement, treat the event as never having happened, yet keep it in the log', () => {
    const reported = caseWith([facts.referral(), facts.referralOutcome(uuid(1))]);
    const result = record(reported, correction(uuid(2), null));
    if (!result.ok) throw new Error(result.refusal);
    expect(openReferralIds(result.state)).toEqual([uuid(1)]);
    expect(result.state.log.map((event) => event.body.type)).toEqual(['referral', 'referral-outcome', 'correction']);
    expect(effectiveEvents(result.state.log).map((event) => event.id)).toEqual([uuid(1)]);
  });

  it('follow the latest correction of an event, which may restore it', () => {
    const log = caseWith([
      facts.followUp('2025-03-05'),
      correction(uuid(1), null),
      correction(uuid(1), facts.followUp('2025-03-06')),
    ]).log;
    expect(effectiveEvents(log)).toEqual([{ ...log[0], body: facts.followUp('2025-03-06') }]);
  });

  it('keep the corrected event’s envelope, so what refers to it still does', () => {
    const raised = caseWith([facts.guardiansNotified(), facts.levelChange('imminent', { notifiedEventId: uuid(1) })]);
    const result = record(raised, correction(uuid(1), { ...facts.guardiansNotified(), relation: '父亲' }));
    expect(result.ok && result.state.level).toBe('imminent');
  });

  it('are refused when the corrected history would not hold, saying why', () => {
    const raised = caseWith([facts.guardiansNotified(), facts.levelChange('imminent', { notifiedEventId: uuid(1) })]);
    expect(record(raised, correction(uuid(1), null))).toEqual({
      ok: false,
      refusal: 'correction-invalidates-history',
      cause: 'guardian-notice-not-found',
    });
    const away = caseWith([facts.leave(), facts.returnToSchool()]);
    expect(record(away, correction(uuid(1), null))).toMatchObject({ cause: 'not-on-leave' });
  });

  it('cannot take away the review a closure rests on', () => {
    expect(record(closedCase(), correction(uuid(2), null))).toMatchObject({
      refusal: 'correction-invalidates-history',
      cause: 'closure-needs-supervision-review',
    });
    expect(record(closedCase(), correction(uuid(2), facts.review(false)))).toMatchObject({
      cause: 'closure-needs-supervision-review',
    });
  });

  it('cannot reopen a closed case, but can correct its closure', () => {
    expect(record(closedCase(), correction(uuid(3), null))).toMatchObject({
      refusal: 'correction-invalidates-history',
      cause: 'case-closed',
    });
    const corrected = record(
      closedCase(),
      correction(uuid(3), { ...facts.closure('2025-07-01'), reason: 'graduated' }),
    );
    expect(corrected.ok && corrected.state.closure).toEqual({ reason: 'graduated', note: '', on: '2025-07-01' });
  });

  it('may correct the day of an event, and everything counted from it moves', () => {
    const changed = caseWith([facts.levelChange('high', null, '2025-03-10')]);
    const result = record(changed, correction(uuid(1), facts.levelChange('high', null, '2025-03-05')));
    expect(result.ok && result.state.levelSince).toBe('2025-03-05');
    expect(result.ok && nextFollowUpDue(result.state, defaultCrisisPolicy)).toBe('2025-03-08');
  });
});

describe('folding a recorded history', () => {
  it('gives the state that recording one event at a time gave', () => {
    const state = caseWith([
      facts.followUp('2025-03-20'),
      facts.leave('2025-03-21'),
      correction(uuid(1), facts.followUp('2025-03-05')),
      facts.returnToSchool('2025-04-01'),
    ]);
    expect(foldCaseEvents(state.opening, state.log, defaultCrisisPolicy)).toEqual({ ok: true, state });
  });

  it('names the event where a history stops holding, or the opening', () => {
    const log = caseWith([facts.followUp(), facts.leave()]).log;
    const [first, second] = log;
    if (!first || !second) throw new Error('fixture');
    const twice = [first, second, { ...second, id: uuid(3) }];
    expect(foldCaseEvents(opening(), twice, defaultCrisisPolicy)).toEqual({
      ok: false,
      refusal: 'already-on-leave',
      eventId: uuid(3),
    });
    const noModerate = { levels: defaultCrisisPolicy.levels.filter((level) => level.id !== 'moderate') };
    expect(foldCaseEvents(opening(), log, noModerate)).toEqual({ ok: false, refusal: 'unknown-level', eventId: null });
  });
});
