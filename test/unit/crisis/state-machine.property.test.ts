import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyCaseEvent, foldCaseEvents } from '../../../shared/domain/crisis/apply-event';
import type { CaseState } from '../../../shared/domain/crisis/case-state';
import { effectiveEvents } from '../../../shared/domain/crisis/corrections';
import { addDays } from '../../../shared/domain/crisis/days';
import { type CaseMove, caseMoves, type MoveOption, moveOf } from '../../../shared/domain/crisis/moves';
import { initialCaseState } from '../../../shared/domain/crisis/opening';
import { isTopLevel, levelById } from '../../../shared/domain/crisis/policy-levels';
import { type CaseEventBody, type CaseFact, OpeningStage } from '../../../shared/schemas/crisis';
import { type CrisisPolicy, defaultCrisisPolicy } from '../../../shared/schemas/crisis-policy';
import { correction, facts, firstDay, nextEvent, opening, uuid } from './case-fixtures';
import { caseViolations } from './case-invariants';

/**
 * Random walks through the state machine. Each step picks a move from what caseMoves offers
 * (weighted towards the moves that change the shape of a case, so walks reach supervision,
 * closure and corrections often) and fills in an event for it.
 */

/** A three-level policy listed out of rank order, with an empty checklist: the code reads ranks, not ids. */
const threeLevels: CrisisPolicy = {
  levels: [
    {
      id: 'level-3',
      rank: 1,
      colour: 'green',
      label: { 'zh-CN': '三级' },
      description: { 'zh-CN': '关注' },
      checklist: [],
      followUp: { firstWithinDays: 0, thenEveryDays: 5 },
    },
    {
      id: 'level-1',
      rank: 30,
      colour: 'red',
      label: { 'zh-CN': '一级' },
      description: { 'zh-CN': '紧急' },
      checklist: [{ id: 'escort', label: { 'zh-CN': '护送' } }],
      followUp: { firstWithinDays: 1, thenEveryDays: 1 },
    },
    {
      id: 'level-2',
      rank: 20,
      colour: 'orange',
      label: { 'zh-CN': '二级' },
      description: { 'zh-CN': '较高' },
      checklist: [
        { id: 'talk', label: { 'zh-CN': '谈话' } },
        { id: 'visit', label: { 'zh-CN': '家访' } },
      ],
      followUp: { firstWithinDays: 3, thenEveryDays: 7 },
    },
  ],
};

interface Step {
  pick: number;
  variant: number;
  gap: number;
  backdate: boolean;
}

const step: fc.Arbitrary<Step> = fc.record({
  pick: fc.nat(),
  variant: fc.nat(),
  gap: fc.integer({ min: 0, max: 3 }),
  backdate: fc.nat(9).map((n) => n === 0),
});

const walk = fc.constantFrom(defaultCrisisPolicy, threeLevels).chain((policy) =>
  fc.record({
    policy: fc.constant(policy),
    level: fc.constantFrom(...policy.levels.map((level) => level.id)),
    stage: fc.constantFrom(...OpeningStage.options),
    steps: fc.array(step, { maxLength: 60, size: 'max' }),
  }),
);
type Walk = typeof walk extends fc.Arbitrary<infer T> ? T : never;

/** How often a move is picked, relative to the others: closing must be reached, not just possible. */
function weight(move: CaseMove): number {
  switch (move.kind) {
    case 'closure':
      return 12;
    case 'supervision-review':
      return move.signedOff ? 6 : 2;
    case 'stage-change':
      return move.to === 'supervision' ? 4 : 2;
    case 'level-change':
    case 'leave-of-absence':
    case 'return-to-school':
    case 'correction':
      return 2;
    default:
      return 1;
  }
}

function choose(options: readonly MoveOption[], pick: number): MoveOption | undefined {
  const weighted = options.flatMap((option) => Array<MoveOption>(weight(option.move)).fill(option));
  return weighted[pick % weighted.length];
}

const at = <T>(items: readonly T[], index: number): T | undefined => items[index % Math.max(items.length, 1)];

/** An event for the move, as well-formed as the case allows (a refused move still gets one). */
function factFor(move: CaseMove, state: CaseState, policy: CrisisPolicy, { variant }: Step, day: string): CaseFact {
  switch (move.kind) {
    case 'stage-change':
      return facts.stageChange(move.to, day);
    case 'level-change': {
      if (!isTopLevel(policy, move.to)) return facts.levelChange(move.to, null, day);
      const notice = at(state.noticesSinceLevel, variant);
      const guardians =
        notice && variant % 2 === 0 ? { notifiedEventId: notice } : { notNotifiedReason: '监护人疑为伤害来源' };
      return facts.levelChange(move.to, guardians, day);
    }
    case 'supervision-review':
      return facts.review(move.signedOff, day);
    case 'safety-plan':
      return move.action === 'made'
        ? facts.safetyPlan(uuid(10_000 + state.log.length), 'made', day)
        : facts.safetyPlan(at(state.safetyPlanIds, variant) ?? uuid(20_000), 'updated', day);
    case 'risk-assessment':
      return facts.riskAssessment(day, at(policy.levels, variant)?.id);
    case 'referral-outcome':
      return facts.referralOutcome(at(state.referrals, variant)?.eventId ?? uuid(30_000), day);
    case 'checklist-item':
      return facts.checklistItem(at(levelById(policy, state.level)?.checklist ?? [], variant)?.id ?? 'none', day);
    case 'guardians-notified':
      return facts.guardiansNotified(day);
    case 'guardians-not-notified':
      return facts.guardiansNotNotified(day);
    case 'class-teacher-informed':
      return facts.classTeacherInformed(day);
    case 'referral':
      return facts.referral(day);
    case 'follow-up':
      return facts.followUp(day);
    case 'leave-of-absence':
      return facts.leave(day);
    case 'return-to-school':
      return facts.returnToSchool(day);
    case 'closure':
      return facts.closure(day);
    case 'correction':
      throw new Error('a correction is built by bodyFor');
  }
}

/** Corrections void the target, restate it, or replace it with a fresh event of its type. */
function bodyFor(move: CaseMove, state: CaseState, policy: CrisisPolicy, step: Step, day: string): CaseEventBody {
  if (move.kind !== 'correction') return factFor(move, state, policy, step, day);
  const target = at(
    state.log.filter((event) => event.body.type !== 'correction'),
    step.variant,
  );
  if (!target || target.body.type === 'correction') return correction(uuid(40_000), null, day);
  const replacements = [null, target.body, factFor(moveOf(target.body), state, policy, step, day)];
  return correction(target.id, at(replacements, step.variant >> 4) ?? null, day);
}

interface Outcome {
  state: CaseState;
  closed: boolean;
}

/**
 * Walks the case, checking each step with `check`; `onlyAllowed` picks among the allowed moves,
 * otherwise among all of them.
 */
function run(
  { policy, level, stage, steps }: Walk,
  onlyAllowed: boolean,
  check: (option: MoveOption, result: ReturnType<typeof applyCaseEvent>) => void,
): Outcome {
  const start = initialCaseState(opening({ level, stage }), policy);
  if (!start.ok) throw new Error(start.refusal);
  let state = start.state;
  let day = firstDay;
  let afterClosure = 0;
  for (const current of steps) {
    // A closed case takes only corrections: a few show that they keep it closed.
    if (state.closure && (afterClosure += 1) > 4) break;
    const offered = caseMoves(state, policy).filter((option) => option.allowed || !onlyAllowed);
    const option = choose(offered, current.pick);
    if (!option) break;
    day = addDays(day, current.gap);
    const body = bodyFor(option.move, state, policy, current, current.backdate ? addDays(day, -3) : day);
    const result = applyCaseEvent(state, nextEvent(state, body), policy);
    check(option, result);
    if (result.ok) state = result.state;
  }
  return { state, closed: state.closure !== null };
}

const runs = 200;

function expectAccepted(option: MoveOption, result: ReturnType<typeof applyCaseEvent>) {
  // A correction is offered whenever there is something to correct; what it says may still not hold.
  if (option.move.kind === 'correction' && !result.ok) expect(result.refusal).toBe('correction-invalidates-history');
  else expect(result).toMatchObject({ ok: true });
}

// Each property walks a few thousand steps: allow for a busy machine.
describe('the crisis state machine, on random walks', { timeout: 30_000 }, () => {
  it('never reaches an invalid state through allowed moves', () => {
    fc.assert(
      fc.property(walk, (scenario) => {
        run(scenario, true, (option, result) => {
          expectAccepted(option, result);
          if (result.ok) expect(caseViolations(result.state, scenario.policy)).toEqual([]);
        });
      }),
      { numRuns: runs },
    );
  });

  it('closes a case only with a signed-off supervision review, and walks do reach closure', () => {
    let closed = 0;
    fc.assert(
      fc.property(walk, (scenario) => {
        const outcome = run(scenario, true, () => undefined);
        if (!outcome.closed) return;
        closed += 1;
        const reviews = effectiveEvents(outcome.state.log).flatMap((event) =>
          event.body.type === 'supervision-review' ? [event.body] : [],
        );
        expect(reviews.some((review) => review.signedOff)).toBe(true);
        expect(outcome.state.hasSignedOffReview).toBe(true);
      }),
      { numRuns: runs },
    );
    expect(closed).toBeGreaterThan(runs / 10);
  });

  it('refuses exactly the moves caseMoves marks as not allowed, with one of its reasons', () => {
    let refused = 0;
    fc.assert(
      fc.property(walk, (scenario) => {
        run(scenario, false, (option, result) => {
          if (option.allowed) expectAccepted(option, result);
          else {
            refused += 1;
            expect(result.ok).toBe(false);
            if (!result.ok) expect(option.refusals).toContain(result.refusal);
          }
          if (result.ok) expect(caseViolations(result.state, scenario.policy)).toEqual([]);
        });
      }),
      { numRuns: runs },
    );
    expect(refused).toBeGreaterThan(runs);
  });

  it('gives the same case from the recorded log, and from the corrected history alone', () => {
    fc.assert(
      fc.property(walk, (scenario) => {
        const { state } = run(scenario, true, () => undefined);
        expect(foldCaseEvents(state.opening, state.log, scenario.policy)).toEqual({ ok: true, state });
        const replayed = foldCaseEvents(state.opening, effectiveEvents(state.log), scenario.policy);
        expect(replayed.ok && { ...replayed.state, log: state.log }).toEqual(state);
      }),
      { numRuns: runs },
    );
  });
});
