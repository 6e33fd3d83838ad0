import { foldCaseEvents } from '../../../shared/domain/crisis/apply-event';
import type { CaseState } from '../../../shared/domain/crisis/case-state';
import type { CrisisPolicy } from '../../../shared/schemas/crisis-policy';
import type { StoredCase } from './stored-cases';

export interface FoldedCase {
  readonly stored: StoredCase;
  readonly state: CaseState;
}

/**
 * The state of a stored case. Every stored event was accepted by the machine when it was
 * appended, and a policy edit is refused while a case would stop holding under it, so a
 * history that no longer folds is a defect, not a user's error.
 */
export function foldStoredCase(stored: StoredCase, policy: CrisisPolicy): CaseState {
  const folded = foldCaseEvents(stored.opening, stored.events, policy);
  if (!folded.ok) {
    throw new Error(
      `crisis case ${stored.opening.id} does not fold: ${folded.refusal} at ${folded.eventId ?? 'opening'}`,
    );
  }
  return folded.state;
}

export function foldStoredCases(cases: readonly StoredCase[], policy: CrisisPolicy): FoldedCase[] {
  return cases.map((stored) => ({ stored, state: foldStoredCase(stored, policy) }));
}
