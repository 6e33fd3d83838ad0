import { z } from 'zod';
import { blockOfText, Id, IsoDate, IsoTime, lineOfText } from './common';
import { LevelId, PolicyKey } from './crisis-policy';
import { ClockTime, CounselorRef } from './sessions';

/**
 * A crisis case (危机个案): its opening and the append-only timeline of events that make it up.
 * The state machine that reads them is shared/domain/crisis (rules in docs/crisis-workflow.md).
 *
 * A stored event is an envelope (id, case, who recorded it and when) around a body (what
 * happened and when). Corrections replace bodies, never envelopes, so the day an event happened
 * can be corrected but not who recorded it. "When it happened" is a calendar day plus an
 * optional clock time, as on the paper ledger: follow-up schedules count days, and a UTC instant
 * has no day without a time zone.
 */

export const crisisTextLimits = { name: 50, relation: 20, place: 100, short: 200, note: 1000, text: 5000 } as const;
const name = lineOfText(crisisTextLimits.name);
const note = blockOfText(crisisTextLimits.note);
const text = blockOfText(crisisTextLimits.text);

/** The five modules (五大模块) as stages, then closed (解除/销号). */
export const caseStages = [
  'screening',
  'assessment',
  'early-warning',
  'intervention',
  'supervision',
  'closed',
] as const;
export const CaseStage = z.enum(caseStages);
export type CaseStage = z.infer<typeof CaseStage>;

/** Stages a stage change can go to: `closed` is reached only by a closure event. */
export const activeStages = ['screening', 'assessment', 'early-warning', 'intervention', 'supervision'] as const;
export const ActiveStage = z.enum(activeStages);
export type ActiveStage = z.infer<typeof ActiveStage>;

/** A case never opens in supervision: that stage is reached through the work it reviews. */
export const OpeningStage = z.enum(['screening', 'assessment', 'early-warning', 'intervention']);
export type OpeningStage = z.infer<typeof OpeningStage>;

export const GatekeeperRole = z.enum(['class-teacher', 'subject-teacher', 'other-staff']);
export type GatekeeperRole = z.infer<typeof GatekeeperRole>;

/** How the case came to the counselor (the ledger's 发现途径). */
export const CaseSource = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('scale-result'), resultId: Id }),
  /** A level-1 gatekeeper's report (一级守门人): who, when, and what they saw, objectively. */
  z.strictObject({
    kind: z.literal('gatekeeper'),
    reporterName: name.min(1),
    reporterRole: GatekeeperRole,
    reportedOn: IsoDate,
    reportedTime: ClockTime.nullable(),
    observed: text.min(1),
  }),
  z.strictObject({ kind: z.literal('self-referral') }),
  z.strictObject({ kind: z.literal('classmate'), note }),
  z.strictObject({ kind: z.literal('parent'), name: name.min(1), relation: lineOfText(crisisTextLimits.relation) }),
  /** A student on a class teacher's monthly check (班级心理排查). */
  z.strictObject({ kind: z.literal('class-check'), reportId: Id }),
  z.strictObject({ kind: z.literal('other'), note: note.min(1) }),
]);
export type CaseSource = z.infer<typeof CaseSource>;

/** When something happened: the day, and the time of day when it matters and is known. */
const occurred = { occurredOn: IsoDate, occurredTime: ClockTime.nullable() };

export const OpenCaseInput = z.strictObject({
  studentId: Id,
  source: CaseSource,
  level: LevelId,
  /** Screening for a flagged scale result, assessment otherwise (defaultOpeningStage). */
  stage: OpeningStage.optional(),
  ...occurred,
});
export type OpenCaseInput = z.infer<typeof OpenCaseInput>;

/** The stored opening: the case's own record, which the event timeline follows. */
export const CaseOpening = OpenCaseInput.extend({
  id: Id,
  stage: OpeningStage,
  recordedAt: IsoTime,
  recordedBy: CounselorRef,
});
export type CaseOpening = z.infer<typeof CaseOpening>;

export const ContactMethod = z.enum(['in-person', 'phone', 'message', 'letter']);
export type ContactMethod = z.infer<typeof ContactMethod>;

export const TriState = z.enum(['yes', 'no', 'unknown']);
export type TriState = z.infer<typeof TriState>;

/** The structured questions of a risk assessment; `protectiveFactors` yes means present. */
export const RiskAnswers = z.strictObject({
  selfHarmThoughts: TriState,
  suicidePlan: TriState,
  meansAccess: TriState,
  previousAttempts: TriState,
  farewellBehaviour: TriState,
  harmToOthers: TriState,
  protectiveFactors: TriState,
});
export const riskQuestions = RiskAnswers.keyof().options;
export type RiskAnswers = z.infer<typeof RiskAnswers>;

/** What the guardian said (家长告知书 回执): refusing to sign is an outcome, not a gap. */
export const GuardianResponse = z.enum([
  'understood',
  'agree-medical-visit',
  'refused-to-sign',
  'unreachable',
  'other',
]);
export type GuardianResponse = z.infer<typeof GuardianResponse>;

/** Raising to the top level names the notice already recorded, or says why there is none. */
export const GuardianNotice = z.union([
  z.strictObject({ notifiedEventId: Id }),
  z.strictObject({ notNotifiedReason: note.min(1) }),
]);
export type GuardianNotice = z.infer<typeof GuardianNotice>;

export const ReferralChannel = z.enum(['green', 'ordinary']);
export type ReferralChannel = z.infer<typeof ReferralChannel>;

export const RiskChange = z.enum(['better', 'same', 'worse']);
export type RiskChange = z.infer<typeof RiskChange>;

export const FollowUpMethod = z.enum(['in-person', 'phone', 'online', 'home-visit', 'via-class-teacher']);
export type FollowUpMethod = z.infer<typeof FollowUpMethod>;

export const SafetyPlanAction = z.enum(['made', 'updated']);
export type SafetyPlanAction = z.infer<typeof SafetyPlanAction>;

export const ChecklistStatus = z.enum(['done', 'not-applicable']);
export type ChecklistStatus = z.infer<typeof ChecklistStatus>;

export const ClosureReason = z.enum(['risk-resolved', 'transferred', 'graduated', 'other']);
export type ClosureReason = z.infer<typeof ClosureReason>;

export const RiskAssessment = z.strictObject({
  type: z.literal('risk-assessment'),
  ...occurred,
  answers: RiskAnswers,
  judgement: text.min(1),
  /** A suggestion: the level changes only by a level-change event. */
  suggestedLevel: LevelId,
});

export const GuardiansNotified = z.strictObject({
  type: z.literal('guardians-notified'),
  ...occurred,
  guardianName: name.min(1),
  relation: lineOfText(crisisTextLimits.relation),
  method: ContactMethod,
  response: GuardianResponse,
  responseNote: note,
});

/** A decision not to notify (for example, when a guardian is the suspected source of harm). */
export const GuardiansNotNotified = z.strictObject({
  type: z.literal('guardians-not-notified'),
  ...occurred,
  reason: note.min(1),
});

export const ClassTeacherInformed = z.strictObject({
  type: z.literal('class-teacher-informed'),
  ...occurred,
  teacherName: name.min(1),
  method: ContactMethod,
  note,
});

/** The plan itself is its own record; the timeline notes that it was made or updated. */
export const SafetyPlan = z.strictObject({
  type: z.literal('safety-plan'),
  ...occurred,
  action: SafetyPlanAction,
  planId: Id,
  note,
});

/** 转介: the day of the referral is `occurredOn`. */
export const Referral = z.strictObject({
  type: z.literal('referral'),
  ...occurred,
  institution: lineOfText(crisisTextLimits.place).min(1),
  department: lineOfText(crisisTextLimits.place),
  channel: ReferralChannel,
  accompaniedBy: lineOfText(crisisTextLimits.short),
  /** Reason and current presentation, objectively: never a diagnosis. */
  reason: text,
});

/** The return slip (回执): medical advice only as the family or hospital reports it. */
export const ReferralOutcome = z.strictObject({
  type: z.literal('referral-outcome'),
  ...occurred,
  referralId: Id,
  reportedBy: z.enum(['family', 'hospital']),
  visitedOn: IsoDate.nullable(),
  outcome: text.min(1),
});

/** The ledger's follow-up record; the day is `occurredOn`. */
export const FollowUp = z.strictObject({
  type: z.literal('follow-up'),
  ...occurred,
  method: FollowUpMethod,
  by: name.min(1),
  studentState: text,
  riskChange: RiskChange,
  measures: text,
  nextStep: note,
});

export const SupervisionReview = z.strictObject({
  type: z.literal('supervision-review'),
  ...occurred,
  reviewer: name.min(1),
  comments: text,
  signedOff: z.boolean(),
});

export const LevelChange = z.strictObject({
  type: z.literal('level-change'),
  ...occurred,
  to: LevelId,
  reason: note.min(1),
  /** Required when raising to the policy's top level, absent otherwise. */
  guardians: GuardianNotice.nullable(),
});

export const StageChange = z.strictObject({
  type: z.literal('stage-change'),
  ...occurred,
  to: ActiveStage,
  reason: note,
});

/** 休学: leave starts on `occurredOn`. */
export const LeaveOfAbsence = z.strictObject({
  type: z.literal('leave-of-absence'),
  ...occurred,
  reason: note,
  expectedReturnOn: IsoDate.nullable(),
});

/** 复学: needs the counselor's return assessment; whether a recovery certificate was seen is recorded. */
export const ReturnToSchool = z.strictObject({
  type: z.literal('return-to-school'),
  ...occurred,
  returnAssessment: text.min(1),
  recoveryCertificateSeen: z.boolean(),
});

export const ChecklistMark = z.strictObject({
  type: z.literal('checklist-item'),
  ...occurred,
  itemId: PolicyKey,
  status: ChecklistStatus,
  note: lineOfText(crisisTextLimits.short),
});

export const Closure = z.strictObject({
  type: z.literal('closure'),
  ...occurred,
  reason: ClosureReason,
  note,
});

/** Everything that can happen in a case, except corrections. */
export const CaseFact = z.discriminatedUnion('type', [
  RiskAssessment,
  GuardiansNotified,
  GuardiansNotNotified,
  ClassTeacherInformed,
  SafetyPlan,
  Referral,
  ReferralOutcome,
  FollowUp,
  SupervisionReview,
  LevelChange,
  StageChange,
  LeaveOfAbsence,
  ReturnToSchool,
  ChecklistMark,
  Closure,
]);
export type CaseFact = z.infer<typeof CaseFact>;
export type CaseFactType = CaseFact['type'];

/**
 * Corrects an earlier event: the replacement (same type) stands in for it when the state is
 * derived, or, when null, the event is treated as never having happened. Nothing is deleted.
 */
export const Correction = z.strictObject({
  type: z.literal('correction'),
  ...occurred,
  corrects: Id,
  reason: note.min(1),
  replacement: CaseFact.nullable(),
});
export type Correction = z.infer<typeof Correction>;

export const CaseEventBody = z.discriminatedUnion('type', [...CaseFact.options, Correction]);
export type CaseEventBody = z.infer<typeof CaseEventBody>;
export type CaseEventType = CaseEventBody['type'];

export const CaseEvent = z.strictObject({
  id: Id,
  caseId: Id,
  recordedAt: IsoTime,
  recordedBy: CounselorRef,
  body: CaseEventBody,
});
export type CaseEvent = z.infer<typeof CaseEvent>;

/** Why a move or an event is refused; the renderer translates each code. */
export const caseRefusalCodes = [
  'case-closed',
  'wrong-case',
  'duplicate-event',
  'unknown-level',
  'level-unchanged',
  'imminent-needs-guardian-notice',
  'guardian-notice-not-found',
  'guardian-notice-unexpected',
  'stage-unchanged',
  'stage-skip-not-allowed',
  'stage-backward-not-allowed',
  'back-step-needs-review-not-signed-off',
  'sign-off-outside-supervision',
  'closure-needs-supervision-stage',
  'closure-needs-supervision-review',
  'already-on-leave',
  'not-on-leave',
  'referral-not-found',
  'safety-plan-exists',
  'safety-plan-not-found',
  'unknown-checklist-item',
  'nothing-to-correct',
  'correction-target-not-found',
  'correction-of-correction',
  'correction-type-mismatch',
  'correction-invalidates-history',
] as const;
export const CaseRefusalCode = z.enum(caseRefusalCodes);
export type CaseRefusalCode = z.infer<typeof CaseRefusalCode>;
