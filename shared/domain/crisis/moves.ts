import type { CrisisPolicy } from '../../schemas/crisis-policy';
import {
  type ActiveStage,
  activeStages,
  type CaseEventBody,
  type CaseEventType,
  type CaseRefusalCode,
  type SafetyPlanAction,
} from '../../schemas/crisis';
import type { CaseState } from './case-state';
import { isTopLevel, levelById } from './policy-levels';
import { closureRefusals, stageRefusals } from './stage-rules';

type ParameterisedMove = 'stage-change' | 'level-change' | 'supervision-review' | 'safety-plan';

/** What the counselor can do next, at the grain the UI offers it. */
export type CaseMove =
  | { readonly kind: 'stage-change'; readonly to: ActiveStage }
  | { readonly kind: 'level-change'; readonly to: string }
  | { readonly kind: 'supervision-review'; readonly signedOff: boolean }
  | { readonly kind: 'safety-plan'; readonly action: SafetyPlanAction }
  | { readonly kind: Exclude<CaseEventType, ParameterisedMove> };

/** What an allowed move's event must carry: a raise to the top level names a guardian notice. */
export type MoveRequirement = 'guardian-notice';

export interface MoveOption {
  readonly move: CaseMove;
  readonly allowed: boolean;
  /** Every reason the move is refused now; empty when allowed. */
  readonly refusals: readonly CaseRefusalCode[];
  readonly requires: readonly MoveRequirement[];
}

const plainMoves = [
  'risk-assessment',
  'guardians-notified',
  'guardians-not-notified',
  'class-teacher-informed',
  'referral',
  'referral-outcome',
  'follow-up',
  'leave-of-absence',
  'return-to-school',
  'checklist-item',
  'closure',
  'correction',
] as const satisfies readonly Exclude<CaseEventType, ParameterisedMove>[];

export function moveOf(body: CaseEventBody): CaseMove {
  switch (body.type) {
    case 'stage-change':
      return { kind: body.type, to: body.to };
    case 'level-change':
      return { kind: body.type, to: body.to };
    case 'supervision-review':
      return { kind: body.type, signedOff: body.signedOff };
    case 'safety-plan':
      return { kind: body.type, action: body.action };
    default:
      return { kind: body.type };
  }
}

/**
 * Why a move is refused in this state, before looking at what its event says. applyCaseEvent
 * checks these first, so it refuses exactly the moves caseMoves marks as not allowed.
 */
export function moveRefusals(state: CaseState, move: CaseMove, policy: CrisisPolicy): CaseRefusalCode[] {
  // A closed case is final, but its record can still be corrected.
  if (move.kind === 'correction') {
    return state.log.some((event) => event.body.type !== 'correction') ? [] : ['nothing-to-correct'];
  }
  if (state.closure) return ['case-closed'];
  switch (move.kind) {
    case 'stage-change':
      return stageRefusals(state, move.to, policy);
    case 'level-change':
      if (!levelById(policy, move.to)) return ['unknown-level'];
      return move.to === state.level ? ['level-unchanged'] : [];
    case 'supervision-review':
      return move.signedOff && state.stage !== 'supervision' ? ['sign-off-outside-supervision'] : [];
    case 'safety-plan':
      return move.action === 'updated' && state.safetyPlanIds.length === 0 ? ['safety-plan-not-found'] : [];
    case 'referral-outcome':
      return state.referrals.length === 0 ? ['referral-not-found'] : [];
    case 'leave-of-absence':
      return state.leave ? ['already-on-leave'] : [];
    case 'return-to-school':
      return state.leave ? [] : ['not-on-leave'];
    case 'checklist-item':
      return levelById(policy, state.level)?.checklist.length ? [] : ['unknown-checklist-item'];
    case 'closure':
      return closureRefusals(state);
    default:
      return [];
  }
}

export function moveRequirements(move: CaseMove, policy: CrisisPolicy): MoveRequirement[] {
  return move.kind === 'level-change' && isTopLevel(policy, move.to) ? ['guardian-notice'] : [];
}

/** Every move the case could make, allowed or not, with the reasons for each refusal. */
export function caseMoves(state: CaseState, policy: CrisisPolicy): MoveOption[] {
  const moves: CaseMove[] = [
    ...activeStages.map((to) => ({ kind: 'stage-change' as const, to })),
    ...policy.levels.map((level) => ({ kind: 'level-change' as const, to: level.id })),
    { kind: 'supervision-review', signedOff: false },
    { kind: 'supervision-review', signedOff: true },
    { kind: 'safety-plan', action: 'made' },
    { kind: 'safety-plan', action: 'updated' },
    ...plainMoves.map((kind) => ({ kind })),
  ];
  return moves.map((move) => {
    const refusals = moveRefusals(state, move, policy);
    return { move, allowed: refusals.length === 0, refusals, requires: moveRequirements(move, policy) };
  });
}
