import type { CaseSummary, ListCasesInput } from '../../../shared/schemas/crisis-records';
import type { CrisisPolicy } from '../../../shared/schemas/crisis-policy';
import type { Connection } from '../database/open-database';
import { levelTag, nextFollowUp } from './case-derived';
import { type FoldedCase, foldStoredCases } from './case-folding';
import { daysBetween } from './day-count';
import { loadCases } from './stored-cases';

function summary({ stored, state }: FoldedCase, policy: CrisisPolicy, today: string): CaseSummary {
  return {
    caseId: stored.opening.id,
    student: stored.student,
    level: levelTag(policy, state.level),
    stage: state.stage,
    openedOn: stored.opening.occurredOn,
    source: stored.opening.source.kind,
    lastContactOn: state.lastContactOn,
    daysSinceLastContact: state.lastContactOn === null ? null : daysBetween(state.lastContactOn, today),
    nextFollowUp: nextFollowUp(state, policy, today),
    guardianNoticePending: state.guardianNotice === 'pending',
    onLeave: state.leave !== null,
    closedOn: state.closure?.on ?? null,
  };
}

/** Most urgent first: the higher level, then the earlier follow-up (none last), then the earlier opening. */
function byUrgency(a: CaseSummary, b: CaseSummary): number {
  const dueA = a.nextFollowUp?.due ?? '~';
  const dueB = b.nextFollowUp?.due ?? '~';
  return b.level.rank - a.level.rank || dueA.localeCompare(dueB) || a.openedOn.localeCompare(b.openedOn);
}

/** The caseload: cases by status, level, stage or student, each with how long since anyone was in contact. */
export function listCases(
  connection: Connection,
  filter: ListCasesInput,
  context: { policy: CrisisPolicy; today: string },
): CaseSummary[] {
  const selection =
    filter.studentId !== undefined ? { studentId: filter.studentId } : filter.status === 'open' ? 'open' : 'all';
  const cases = loadCases(connection, selection);
  return foldStoredCases(cases, context.policy)
    .filter(({ state }) => {
      const closed = state.closure !== null;
      if (filter.status === 'open' && closed) return false;
      if (filter.status === 'closed' && !closed) return false;
      if (filter.level !== undefined && state.level !== filter.level) return false;
      return filter.stage === undefined || state.stage === filter.stage;
    })
    .map((folded) => summary(folded, context.policy, context.today))
    .sort(byUrgency);
}
