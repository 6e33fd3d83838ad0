import type { CrisisPolicy } from '../../schemas/crisis-policy';
import { type ActiveStage, activeStages, type CaseRefusalCode } from '../../schemas/crisis';
import type { CaseState } from './case-state';
import { isTopLevel } from './policy-levels';

/**
 * Which stage changes an open case may make (docs/crisis-workflow.md):
 * - one stage forward, always;
 * - straight to supervision from any stage, since supervision is the gate to closing and the
 *   reviewer judges whether enough was done (a screening false positive goes there directly);
 * - straight to intervention at the top level: act first, assess alongside;
 * - back from supervision to intervention only when the latest review there did not sign off;
 * - into supervision not while a top-level case's guardian notice is pending.
 */
export function stageRefusals(state: CaseState, to: ActiveStage, policy: CrisisPolicy): CaseRefusalCode[] {
  if (state.stage === to) return ['stage-unchanged'];
  const from = activeStages.indexOf(state.stage as ActiveStage);
  const target = activeStages.indexOf(to);
  if (target < from) {
    if (state.stage !== 'supervision' || to !== 'intervention') return ['stage-backward-not-allowed'];
    return state.currentReview?.signedOff === false ? [] : ['back-step-needs-review-not-signed-off'];
  }
  const refusals: CaseRefusalCode[] = [];
  const skipAllowed = to === 'supervision' || (to === 'intervention' && isTopLevel(policy, state.level));
  if (target > from + 1 && !skipAllowed) refusals.push('stage-skip-not-allowed');
  if (to === 'supervision' && state.guardianNotice === 'pending') refusals.push('imminent-needs-guardian-notice');
  return refusals;
}

/** Closing needs the supervision stage and a review there that signed the case off. */
export function closureRefusals(state: CaseState): CaseRefusalCode[] {
  const refusals: CaseRefusalCode[] = [];
  if (state.stage !== 'supervision') refusals.push('closure-needs-supervision-stage');
  if (state.currentReview?.signedOff !== true) refusals.push('closure-needs-supervision-review');
  return refusals;
}
