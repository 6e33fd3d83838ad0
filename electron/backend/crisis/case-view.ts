import type { CaseState } from '../../../shared/domain/crisis/case-state';
import { checklistProgress } from '../../../shared/domain/crisis/checklist';
import { caseMoves } from '../../../shared/domain/crisis/moves';
import type { CaseView, LoggedEvent } from '../../../shared/schemas/crisis-records';
import type { CrisisPolicy } from '../../../shared/schemas/crisis-policy';
import { caseStatus, nextFollowUp, openCaseReferrals } from './case-derived';
import type { StoredCase } from './stored-cases';

/** The log oldest first, each event with the corrections that point at it. */
function loggedEvents(stored: StoredCase): LoggedEvent[] {
  const correctedBy = new Map<string, string[]>();
  for (const event of stored.events) {
    if (event.body.type !== 'correction') continue;
    correctedBy.set(event.body.corrects, [...(correctedBy.get(event.body.corrects) ?? []), event.id]);
  }
  return stored.events.map((event, index) => ({
    ...event,
    sequence: index + 1,
    correctedBy: correctedBy.get(event.id) ?? [],
  }));
}

/** A case as the screen shows it: the machine's moves let it offer only what is allowed, and say why not. */
export function caseView(stored: StoredCase, state: CaseState, policy: CrisisPolicy, today: string): CaseView {
  return {
    caseId: stored.opening.id,
    opening: stored.opening,
    student: stored.student,
    policy,
    status: caseStatus(state, policy),
    events: loggedEvents(stored),
    moves: caseMoves(state, policy).map((option) => ({
      move: option.move,
      allowed: option.allowed,
      refusals: [...option.refusals],
      requires: [...option.requires],
    })),
    checklist: checklistProgress(state, policy),
    nextFollowUp: nextFollowUp(state, policy, today),
    openReferrals: openCaseReferrals(state, today),
  };
}
