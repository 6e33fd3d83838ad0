import type { CrisisPolicy } from '../../schemas/crisis-policy';
import type { CaseFact, CaseRefusalCode } from '../../schemas/crisis';
import type { CaseState } from './case-state';
import { laterDay } from './days';
import { isTopLevel, levelById } from './policy-levels';

/**
 * Why what an event says cannot stand, once its move is allowed: the references it makes and
 * the notice a raise to the top level carries.
 */
export function factRefusal(state: CaseState, fact: CaseFact, policy: CrisisPolicy): CaseRefusalCode | null {
  switch (fact.type) {
    case 'level-change':
      if (!isTopLevel(policy, fact.to)) return fact.guardians === null ? null : 'guardian-notice-unexpected';
      if (fact.guardians === null) return 'imminent-needs-guardian-notice';
      if ('notifiedEventId' in fact.guardians && !state.noticesSinceLevel.includes(fact.guardians.notifiedEventId)) {
        return 'guardian-notice-not-found';
      }
      return null;
    case 'risk-assessment':
      return levelById(policy, fact.suggestedLevel) ? null : 'unknown-level';
    case 'safety-plan': {
      const known = state.safetyPlanIds.includes(fact.planId);
      if (fact.action === 'made') return known ? 'safety-plan-exists' : null;
      return known ? null : 'safety-plan-not-found';
    }
    case 'referral-outcome':
      return state.referrals.some((referral) => referral.eventId === fact.referralId) ? null : 'referral-not-found';
    case 'checklist-item': {
      const checklist = levelById(policy, state.level)?.checklist ?? [];
      return checklist.some((item) => item.id === fact.itemId) ? null : 'unknown-checklist-item';
    }
    default:
      return null;
  }
}

function contact(state: CaseState, day: string, studentSeen: boolean): CaseState {
  return {
    ...state,
    lastContactOn: state.lastContactOn === null ? day : laterDay(state.lastContactOn, day),
    studentContactDays: studentSeen ? [...state.studentContactDays, day] : state.studentContactDays,
  };
}

/** The state after an event whose move and content were found allowed. */
export function applyFact(state: CaseState, eventId: string, fact: CaseFact, policy: CrisisPolicy): CaseState {
  switch (fact.type) {
    case 'risk-assessment':
    case 'follow-up':
      return contact(state, fact.occurredOn, true);
    case 'guardians-notified':
      return {
        ...contact(state, fact.occurredOn, false),
        noticesSinceLevel: [...state.noticesSinceLevel, eventId],
        guardianNotice: state.guardianNotice === 'pending' ? 'recorded' : state.guardianNotice,
      };
    case 'guardians-not-notified':
      return { ...state, guardianNotice: state.guardianNotice === 'pending' ? 'recorded' : state.guardianNotice };
    case 'class-teacher-informed':
      return state;
    case 'safety-plan':
      return fact.action === 'made' ? { ...state, safetyPlanIds: [...state.safetyPlanIds, fact.planId] } : state;
    case 'referral':
      return { ...state, referrals: [...state.referrals, { eventId, outcomeReported: false }] };
    case 'referral-outcome':
      return {
        ...state,
        referrals: state.referrals.map((referral) =>
          referral.eventId === fact.referralId ? { ...referral, outcomeReported: true } : referral,
        ),
      };
    case 'supervision-review':
      // Reviews outside supervision are comments on the way; only those in it count for closing.
      if (state.stage !== 'supervision') return state;
      return {
        ...state,
        currentReview: { eventId, signedOff: fact.signedOff },
        hasSignedOffReview: state.hasSignedOffReview || fact.signedOff,
      };
    case 'level-change':
      // A new level is a new situation: a fresh checklist and notices, and a sign-off to redo.
      return {
        ...state,
        level: fact.to,
        levelSince: fact.occurredOn,
        guardianNotice: isTopLevel(policy, fact.to) ? 'recorded' : 'not-required',
        noticesSinceLevel: [],
        checklist: {},
        currentReview: null,
      };
    case 'stage-change':
      return { ...state, stage: fact.to, currentReview: null };
    case 'leave-of-absence':
      return { ...state, leave: { eventId, since: fact.occurredOn } };
    case 'return-to-school':
      return { ...contact(state, fact.occurredOn, true), leave: null };
    case 'checklist-item':
      return { ...state, checklist: { ...state.checklist, [fact.itemId]: fact.status } };
    case 'closure':
      return { ...state, stage: 'closed', closure: { reason: fact.reason, note: fact.note, on: fact.occurredOn } };
  }
}
