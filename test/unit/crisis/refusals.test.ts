import { describe, expect, it } from 'vitest';
import { applyCaseEvent } from '../../../shared/domain/crisis/apply-event';
import type { CaseState } from '../../../shared/domain/crisis/case-state';
import { moveOf, moveRefusals } from '../../../shared/domain/crisis/moves';
import { type CaseEvent, type CaseEventBody, type CaseRefusalCode } from '../../../shared/schemas/crisis';
import { defaultCrisisPolicy } from '../../../shared/schemas/crisis-policy';
import { caseAt, caseWith, closedCase, correction, facts, nextEvent, offered, uuid } from './case-fixtures';

interface Example {
  state: CaseState;
  event: CaseEvent;
}

const example = (state: CaseState, body: CaseEventBody): Example => ({ state, event: nextEvent(state, body) });

/** One case for every refusal code: the type makes a new code fail to compile until it has one. */
const examples: Record<CaseRefusalCode, () => Example> = {
  'case-closed': () => example(closedCase(), facts.followUp()),
  'wrong-case': () => {
    const state = caseAt('assessment');
    return { state, event: { ...nextEvent(state, facts.followUp()), caseId: uuid(77) } };
  },
  'duplicate-event': () => {
    const state = caseWith([facts.followUp()]);
    return { state, event: { ...nextEvent(state, facts.followUp()), id: uuid(1) } };
  },
  'unknown-level': () => example(caseAt('assessment'), facts.levelChange('purple')),
  'level-unchanged': () => example(caseAt('assessment'), facts.levelChange('moderate')),
  'imminent-needs-guardian-notice': () => example(caseAt('assessment'), facts.levelChange('imminent')),
  'guardian-notice-not-found': () =>
    example(
      caseWith([facts.guardiansNotified(), facts.levelChange('high')]),
      facts.levelChange('imminent', { notifiedEventId: uuid(1) }),
    ),
  'guardian-notice-unexpected': () =>
    example(caseAt('assessment'), facts.levelChange('high', { notNotifiedReason: '无需' })),
  'stage-unchanged': () => example(caseAt('assessment'), facts.stageChange('assessment')),
  'stage-skip-not-allowed': () => example(caseAt('screening'), facts.stageChange('early-warning')),
  'stage-backward-not-allowed': () => example(caseAt('intervention'), facts.stageChange('assessment')),
  'back-step-needs-review-not-signed-off': () => example(caseAt('supervision'), facts.stageChange('intervention')),
  'sign-off-outside-supervision': () => example(caseAt('intervention'), facts.review(true)),
  'closure-needs-supervision-stage': () => example(caseAt('intervention'), facts.closure()),
  'closure-needs-supervision-review': () => example(caseAt('supervision'), facts.closure()),
  'already-on-leave': () => example(caseWith([facts.leave()]), facts.leave()),
  'not-on-leave': () => example(caseAt('assessment'), facts.returnToSchool()),
  'referral-not-found': () => example(caseWith([facts.referral()]), facts.referralOutcome(uuid(99))),
  'safety-plan-exists': () => example(caseWith([facts.safetyPlan(uuid(50))]), facts.safetyPlan(uuid(50))),
  'safety-plan-not-found': () => example(caseWith([facts.safetyPlan(uuid(50))]), facts.safetyPlan(uuid(51), 'updated')),
  'unknown-checklist-item': () => example(caseAt('assessment'), facts.checklistItem('never-alone')),
  'nothing-to-correct': () => example(caseAt('assessment'), correction(uuid(1), null)),
  'correction-target-not-found': () => example(caseWith([facts.followUp()]), correction(uuid(9), null)),
  'correction-of-correction': () =>
    example(caseWith([facts.followUp(), correction(uuid(1), facts.followUp('2025-03-04'))]), correction(uuid(2), null)),
  'correction-type-mismatch': () => example(caseWith([facts.followUp()]), correction(uuid(1), facts.riskAssessment())),
  'correction-invalidates-history': () =>
    example(caseWith([facts.leave(), facts.returnToSchool()]), correction(uuid(1), null)),
};

/** Refused for what the event says, in a state where its kind of move is allowed. */
const contentCodes: readonly CaseRefusalCode[] = [
  'wrong-case',
  'duplicate-event',
  'imminent-needs-guardian-notice',
  'guardian-notice-not-found',
  'guardian-notice-unexpected',
  'referral-not-found',
  'safety-plan-exists',
  'safety-plan-not-found',
  'unknown-checklist-item',
  'correction-target-not-found',
  'correction-of-correction',
  'correction-type-mismatch',
  'correction-invalidates-history',
];

describe('every refusal code', () => {
  for (const [code, build] of Object.entries(examples) as [CaseRefusalCode, () => Example][]) {
    it(`${code}: refused, and explained the same way by caseMoves`, () => {
      const { state, event } = build();
      const result = applyCaseEvent(state, event, defaultCrisisPolicy);
      expect(result).toMatchObject({ ok: false, refusal: code });
      const move = moveOf(event.body);
      // A level outside the policy is never offered, so only moveRefusals can explain it.
      const option = offered(state, move);
      const refusals = option?.refusals ?? moveRefusals(state, move, defaultCrisisPolicy);
      if (refusals.length === 0) expect(contentCodes).toContain(code);
      else expect(refusals).toContain(code);
    });
  }

  it('leaves the case as it was', () => {
    const { state, event } = examples['closure-needs-supervision-review']();
    const before = structuredClone(state);
    applyCaseEvent(state, event, defaultCrisisPolicy);
    expect(state).toEqual(before);
  });
});
