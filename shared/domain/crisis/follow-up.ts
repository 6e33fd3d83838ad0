import type { CrisisPolicy } from '../../schemas/crisis-policy';
import type { CaseState } from './case-state';
import { addDays } from './days';
import { levelOf } from './policy-levels';

/**
 * The day the next follow-up is due, from the current level's schedule: `firstWithinDays` after
 * the level was set, then `thenEveryDays` after the latest day the student was seen at this
 * level (a follow-up, a risk assessment or the return to school). A level change restarts the
 * count from its own day. A closed case has none.
 */
export function nextFollowUpDue(state: CaseState, policy: CrisisPolicy): string | null {
  if (state.closure) return null;
  const { followUp } = levelOf(policy, state.level);
  const seenAtLevel = state.studentContactDays.filter((day) => day >= state.levelSince);
  if (seenAtLevel.length === 0) return addDays(state.levelSince, followUp.firstWithinDays);
  const lastSeen = seenAtLevel.reduce((latest, day) => (day > latest ? day : latest));
  return addDays(lastSeen, followUp.thenEveryDays);
}

export type FollowUpStatus = 'overdue' | 'today' | 'upcoming';

/** For the home screen, which lists overdue and due-today follow-ups first. */
export function followUpStatus(due: string, today: string): FollowUpStatus {
  if (due < today) return 'overdue';
  return due === today ? 'today' : 'upcoming';
}
