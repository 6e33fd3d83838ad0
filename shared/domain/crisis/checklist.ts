import type { ChecklistItem, CrisisPolicy } from '../../schemas/crisis-policy';
import type { ChecklistStatus } from '../../schemas/crisis';
import type { CaseState } from './case-state';
import { levelOf } from './policy-levels';

export interface ChecklistEntry {
  readonly item: ChecklistItem;
  readonly status: ChecklistStatus | 'open';
}

/** The current level's checklist, in the policy's order, with the marks made at this level. */
export function checklistProgress(state: CaseState, policy: CrisisPolicy): ChecklistEntry[] {
  return levelOf(policy, state.level).checklist.map((item) => ({ item, status: state.checklist[item.id] ?? 'open' }));
}
