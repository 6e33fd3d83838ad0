import { type CaseState, openReferralIds } from '../../../shared/domain/crisis/case-state';
import { effectiveEvents } from '../../../shared/domain/crisis/corrections';
import { followUpStatus, nextFollowUpDue } from '../../../shared/domain/crisis/follow-up';
import { levelOf } from '../../../shared/domain/crisis/policy-levels';
import type { CaseReferral, CaseStatus, LevelTag, NextFollowUp } from '../../../shared/schemas/crisis-records';
import type { CrisisPolicy } from '../../../shared/schemas/crisis-policy';
import { daysBetween } from './day-count';

/** What every crisis list shows of a case, computed the same way for each. */

export function levelTag(policy: CrisisPolicy, id: string): LevelTag {
  const { rank, colour, label } = levelOf(policy, id);
  return { id, rank, colour, label };
}

export function nextFollowUp(state: CaseState, policy: CrisisPolicy, today: string): NextFollowUp | null {
  const due = nextFollowUpDue(state, policy);
  return due === null ? null : { due, status: followUpStatus(due, today) };
}

export function caseStatus(state: CaseState, policy: CrisisPolicy): CaseStatus {
  return {
    stage: state.stage,
    level: levelTag(policy, state.level),
    levelSince: state.levelSince,
    guardianNotice: state.guardianNotice,
    leave: state.leave,
    lastContactOn: state.lastContactOn,
    safetyPlanIds: [...state.safetyPlanIds],
    currentReview: state.currentReview,
    closure: state.closure,
  };
}

/** Referrals with no outcome yet, as their latest correction reads, the longest open first. */
export function openCaseReferrals(state: CaseState, today: string): CaseReferral[] {
  const open = new Set(openReferralIds(state));
  return effectiveEvents(state.log)
    .flatMap((event) =>
      event.body.type === 'referral' && open.has(event.id)
        ? [
            {
              eventId: event.id,
              institution: event.body.institution,
              department: event.body.department,
              channel: event.body.channel,
              referredOn: event.body.occurredOn,
              daysOpen: daysBetween(event.body.occurredOn, today),
            },
          ]
        : [],
    )
    .sort((a, b) => b.daysOpen - a.daysOpen);
}
