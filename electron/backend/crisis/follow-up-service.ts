import { nextFollowUpDue } from '../../../shared/domain/crisis/follow-up';
import { addDays } from '../../../shared/domain/crisis/days';
import type { FollowUpItem, FollowUpSchedule } from '../../../shared/schemas/crisis-records';
import type { CrisisPolicy } from '../../../shared/schemas/crisis-policy';
import type { Connection } from '../database/open-database';
import { levelTag } from './case-derived';
import { foldStoredCases } from './case-folding';
import { loadCases } from './stored-cases';

const upcomingDays = 7;

/** Earliest due first; on the same day, the more urgent level first. */
function byDue(a: FollowUpItem, b: FollowUpItem): number {
  return a.due.localeCompare(b.due) || b.level.rank - a.level.rank;
}

/** The follow-ups of open cases on `today`: overdue, due today, and due in the next seven days. */
export function followUpSchedule(
  connection: Connection,
  context: { policy: CrisisPolicy; today: string },
): FollowUpSchedule {
  const { policy, today } = context;
  const horizon = addDays(today, upcomingDays);
  const schedule: FollowUpSchedule = { today, overdue: [], dueToday: [], upcoming: [] };
  for (const { stored, state } of foldStoredCases(loadCases(connection, 'open'), policy)) {
    const due = nextFollowUpDue(state, policy);
    if (due === null || due > horizon) continue;
    const item: FollowUpItem = {
      caseId: stored.opening.id,
      student: stored.student,
      level: levelTag(policy, state.level),
      stage: state.stage,
      due,
      lastContactOn: state.lastContactOn,
    };
    if (due < today) schedule.overdue.push(item);
    else if (due === today) schedule.dueToday.push(item);
    else schedule.upcoming.push(item);
  }
  schedule.overdue.sort(byDue);
  schedule.dueToday.sort(byDue);
  schedule.upcoming.sort(byDue);
  return schedule;
}
