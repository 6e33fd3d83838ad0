import type { CaseState } from '../../../shared/domain/crisis/case-state';
import { activeStages, type CaseEvent, type CaseFact, caseStages } from '../../../shared/schemas/crisis';
import type { CrisisPolicy } from '../../../shared/schemas/crisis-policy';

/**
 * What must hold of every case, checked against its recorded log with rules written again here
 * rather than borrowed from the state machine, so the property tests compare two readings.
 * Returns the broken rules; empty means the case is valid.
 */
export function caseViolations(state: CaseState, policy: CrisisPolicy): string[] {
  const violations: string[] = [];
  const entries = readHistory(state.log);
  const history = entries.map((entry) => entry.fact);
  const topRank = Math.max(...policy.levels.map((level) => level.rank));
  const isTop = (id: string) => policy.levels.find((level) => level.id === id)?.rank === topRank;
  const current = policy.levels.find((level) => level.id === state.level);

  if (!current) violations.push('the level is not in the policy');
  if (!caseStages.includes(state.stage)) violations.push('the stage is unknown');

  const levelChanges = history.flatMap((fact, index) => (fact.type === 'level-change' ? [{ fact, index }] : []));
  const lastLevelChange = levelChanges.at(-1);
  if (state.level !== (lastLevelChange?.fact.to ?? state.opening.level)) {
    violations.push('the level is not the last one set');
  }

  violations.push(...stagePathViolations(state, history, isTop));

  const closed = state.stage === 'closed';
  if (closed !== (state.closure !== null)) violations.push('stage and closure record disagree');
  if (closed) {
    const closureIndex = history.findIndex((fact) => fact.type === 'closure');
    if (closureIndex !== history.length - 1) violations.push('something happened after closure');
    const stageChangeIndex = history.findLastIndex((fact) => fact.type === 'stage-change');
    const lastStageChange = history[stageChangeIndex];
    if (lastStageChange?.type !== 'stage-change' || lastStageChange.to !== 'supervision') {
      violations.push('closed without passing through supervision');
    }
    const since = Math.max(stageChangeIndex, lastLevelChange?.index ?? -1);
    const lastReview = history.slice(since + 1, closureIndex).findLast((fact) => fact.type === 'supervision-review');
    if (lastReview?.type !== 'supervision-review' || !lastReview.signedOff) {
      violations.push('closed without a signed-off supervision review');
    }
    if (!state.hasSignedOffReview) violations.push('closed but no signed-off review is known');
  }

  if (isTop(state.level)) {
    if (lastLevelChange?.fact.type === 'level-change' && lastLevelChange.fact.guardians === null) {
      violations.push('raised to the top level without a guardian notice');
    }
    if (state.stage === 'supervision' || state.stage === 'closed') {
      const noticed =
        lastLevelChange !== undefined ||
        history.some((fact) => fact.type === 'guardians-notified' || fact.type === 'guardians-not-notified');
      if (!noticed) violations.push('top level in supervision with no guardian notice');
    }
    if (state.guardianNotice === 'not-required') violations.push('top level but no guardian notice is required');
  }

  let onLeave = false;
  for (const fact of history) {
    if (fact.type === 'leave-of-absence') {
      if (onLeave) violations.push('leave while on leave');
      onLeave = true;
    }
    if (fact.type === 'return-to-school') {
      if (!onLeave) violations.push('return without a leave');
      onLeave = false;
    }
  }
  if (onLeave !== (state.leave !== null)) violations.push('the leave does not follow history');

  const items = current?.checklist.map((item) => item.id) ?? [];
  for (const itemId of Object.keys(state.checklist)) {
    if (!items.includes(itemId)) violations.push(`checklist mark ${itemId} is not on the level's checklist`);
  }

  const ids = entries.map((entry) => entry.id);
  history.forEach((fact, index) => {
    if (fact.type !== 'referral-outcome') return;
    const referralIndex = ids.indexOf(fact.referralId);
    if (referralIndex < 0 || referralIndex > index || history[referralIndex]?.type !== 'referral') {
      violations.push('an outcome without an earlier referral');
    }
  });
  return violations;
}

function stagePathViolations(state: CaseState, history: readonly CaseFact[], isTop: (id: string) => boolean): string[] {
  const violations: string[] = [];
  let stage: string = state.opening.stage;
  let level = state.opening.level;
  let reviewInSupervision: boolean | null = null;
  for (const fact of history) {
    if (fact.type === 'level-change') {
      level = fact.to;
      reviewInSupervision = null;
    }
    if (fact.type === 'supervision-review') {
      if (stage === 'supervision') reviewInSupervision = fact.signedOff;
      else if (fact.signedOff) violations.push('signed off outside supervision');
    }
    if (fact.type === 'closure') stage = 'closed';
    if (fact.type !== 'stage-change') continue;
    const from = activeStages.indexOf(stage as (typeof activeStages)[number]);
    const to = activeStages.indexOf(fact.to);
    if (to === from) violations.push(`stage change to the same stage ${stage}`);
    const sentBack = stage === 'supervision' && fact.to === 'intervention' && reviewInSupervision === false;
    if (to < from && !sentBack) violations.push(`backward from ${stage} to ${fact.to}`);
    const skipAllowed = fact.to === 'supervision' || (fact.to === 'intervention' && isTop(level));
    if (to > from + 1 && !skipAllowed) violations.push(`skipped from ${stage} to ${fact.to}`);
    stage = fact.to;
    reviewInSupervision = null;
  }
  if (stage !== state.stage) violations.push('the stage is not the last one set');
  return violations;
}

/** Each recorded fact as its latest correction left it; voided facts and corrections dropped. */
function readHistory(log: readonly CaseEvent[]): { id: string; fact: CaseFact }[] {
  const corrected = new Map<string, CaseFact | null>();
  for (const event of log) {
    if (event.body.type === 'correction') corrected.set(event.body.corrects, event.body.replacement);
  }
  return log.flatMap((event) => {
    if (event.body.type === 'correction') return [];
    const fact = corrected.has(event.id) ? corrected.get(event.id) : event.body;
    return fact ? [{ id: event.id, fact }] : [];
  });
}
