import { describe, expect, it } from 'vitest';
import { caseMoves } from '../../../shared/domain/crisis/moves';
import { type ActiveStage, activeStages, type CaseRefusalCode } from '../../../shared/schemas/crisis';
import { defaultCrisisPolicy } from '../../../shared/schemas/crisis-policy';
import { caseAt, caseWith, facts, record } from './case-fixtures';

type Outcome = 'ok' | CaseRefusalCode;
const skip = 'stage-skip-not-allowed';
const back = 'stage-backward-not-allowed';
const same = 'stage-unchanged';
const sendBack = 'back-step-needs-review-not-signed-off';

/** Rows: from; columns: screening, assessment, early-warning, intervention, supervision. */
const ordinaryLevel: Record<ActiveStage, Outcome[]> = {
  screening: [same, 'ok', skip, skip, 'ok'],
  assessment: [back, same, 'ok', skip, 'ok'],
  'early-warning': [back, back, same, 'ok', 'ok'],
  intervention: [back, back, back, same, 'ok'],
  supervision: [back, back, back, sendBack, same],
};

/** At the top level, intervention may come straight away. */
const topLevel: Record<ActiveStage, Outcome[]> = {
  ...ordinaryLevel,
  screening: [same, 'ok', skip, 'ok', 'ok'],
  assessment: [back, same, 'ok', 'ok', 'ok'],
};

describe('stage changes', () => {
  for (const [level, table] of [
    ['moderate', ordinaryLevel],
    ['imminent', topLevel],
  ] as const) {
    for (const from of activeStages) {
      it(`at ${level}, from ${from}`, () => {
        const outcomes = activeStages.map((to) => {
          // The guardians hear of a top-level case first, so only the stage rules are seen here.
          const start = level === 'imminent' ? caseAtWithNotice(from) : caseAt(from);
          const result = record(start, facts.stageChange(to));
          if (!result.ok) return result.refusal;
          expect(result.state.stage).toBe(to);
          return 'ok';
        });
        expect(outcomes).toEqual(table[from]);
      });
    }
  }

  it('go back from supervision to intervention when the latest review there did not sign off', () => {
    const sentBack = record(caseAt('supervision'), facts.review(false));
    if (!sentBack.ok) throw new Error(sentBack.refusal);
    const result = record(sentBack.state, facts.stageChange('intervention'));
    expect(result.ok && result.state.stage).toBe('intervention');
  });

  it('do not go back once the latest review signed off, nor on a review from before supervision', () => {
    const signed = caseWith([facts.stageChange('supervision'), facts.review(false), facts.review(true)], {
      stage: 'intervention',
    });
    expect(record(signed, facts.stageChange('intervention'))).toMatchObject({ refusal: sendBack });
    const earlier = caseWith([facts.review(false), facts.stageChange('supervision')], { stage: 'intervention' });
    expect(record(earlier, facts.stageChange('intervention'))).toMatchObject({ refusal: sendBack });
  });

  it('need a fresh review after returning to supervision', () => {
    const returned = caseWith(
      [
        facts.stageChange('supervision'),
        facts.review(false),
        facts.stageChange('intervention'),
        facts.stageChange('supervision'),
      ],
      { stage: 'intervention' },
    );
    expect(record(returned, facts.closure())).toMatchObject({ refusal: 'closure-needs-supervision-review' });
    expect(record(returned, facts.stageChange('intervention'))).toMatchObject({ refusal: sendBack });
  });

  it('are offered by caseMoves exactly as the table allows', () => {
    const offered = caseMoves(caseAt('assessment'), defaultCrisisPolicy)
      .filter((option) => option.move.kind === 'stage-change')
      .map((option) => (option.allowed ? 'ok' : option.refusals.join(',')));
    expect(offered).toEqual(ordinaryLevel.assessment);
  });
});

function caseAtWithNotice(stage: ActiveStage) {
  const notice = [facts.guardiansNotified()];
  if (stage === 'supervision') {
    return caseWith([...notice, facts.stageChange('supervision')], { stage: 'intervention', level: 'imminent' });
  }
  return caseWith(notice, { stage, level: 'imminent' });
}
