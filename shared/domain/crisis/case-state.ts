import type {
  CaseEvent,
  CaseOpening,
  CaseRefusalCode,
  CaseStage,
  ChecklistStatus,
  ClosureReason,
} from '../../schemas/crisis';

/**
 * Whether the guardians must hear of the top ("imminent") level: `pending` after a case opens at
 * that level until a notice or a decision not to notify is recorded; a raise to it records one
 * in the same event.
 */
export type GuardianNoticeState = 'not-required' | 'pending' | 'recorded';

/** A case as its events make it. Plain data, so it can cross the contract as it is. */
export interface CaseState {
  readonly opening: CaseOpening;
  /** Every recorded event, corrections included, in recording order. */
  readonly log: readonly CaseEvent[];
  readonly stage: CaseStage;
  readonly level: string;
  /** The day the current level was set: the opening's, or the last level change's. */
  readonly levelSince: string;
  readonly guardianNotice: GuardianNoticeState;
  /** Guardians-notified events recorded since the level was set: what a raise to the top may name. */
  readonly noticesSinceLevel: readonly string[];
  readonly leave: { readonly eventId: string; readonly since: string } | null;
  /** The latest day of contact with the student or the guardians. */
  readonly lastContactOn: string | null;
  /** Days the student was seen (risk assessment, follow-up, return): the follow-up schedule counts from them. */
  readonly studentContactDays: readonly string[];
  /** Marks on the current level's checklist; a level change starts a fresh one. */
  readonly checklist: Readonly<Record<string, ChecklistStatus>>;
  readonly referrals: readonly { readonly eventId: string; readonly outcomeReported: boolean }[];
  readonly safetyPlanIds: readonly string[];
  /** The latest review since the case entered supervision (and since the last level change). */
  readonly currentReview: { readonly eventId: string; readonly signedOff: boolean } | null;
  readonly hasSignedOffReview: boolean;
  readonly closure: { readonly reason: ClosureReason; readonly note: string; readonly on: string } | null;
}

export interface CaseRefusal {
  readonly ok: false;
  readonly refusal: CaseRefusalCode;
  /** For `correction-invalidates-history`: why the corrected history does not hold. */
  readonly cause?: CaseRefusalCode;
}

export type CaseResult = { readonly ok: true; readonly state: CaseState } | CaseRefusal;

export function refuse(refusal: CaseRefusalCode): CaseRefusal {
  return { ok: false, refusal };
}

/** Referrals with no outcome reported yet, by the id of their referral event. */
export function openReferralIds(state: CaseState): string[] {
  return state.referrals.filter((referral) => !referral.outcomeReported).map((referral) => referral.eventId);
}
