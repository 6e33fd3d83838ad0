import type { OpenReferral } from '../../../shared/schemas/crisis-records';
import type { CrisisPolicy } from '../../../shared/schemas/crisis-policy';
import type { Connection } from '../database/open-database';
import { levelTag, openCaseReferrals } from './case-derived';
import { foldStoredCases } from './case-folding';
import { loadCases } from './stored-cases';

/**
 * Referrals still waiting for an outcome, the longest open first. Only open cases: a closed case
 * takes no more events, so its referrals could never be answered there.
 */
export function openReferrals(
  connection: Connection,
  context: { policy: CrisisPolicy; today: string },
): OpenReferral[] {
  const { policy, today } = context;
  return foldStoredCases(loadCases(connection, 'open'), policy)
    .flatMap(({ stored, state }) =>
      openCaseReferrals(state, today).map((referral) => ({
        ...referral,
        caseId: stored.opening.id,
        student: stored.student,
        level: levelTag(policy, state.level),
      })),
    )
    .sort((a, b) => b.daysOpen - a.daysOpen);
}
