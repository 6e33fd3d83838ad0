import { z } from 'zod';
import { Id, IsoDate, Language } from './common';
import {
  ActiveStage,
  CaseEvent,
  CaseEventBody,
  type CaseEventType,
  CaseOpening,
  CaseRefusalCode,
  CaseSource,
  CaseStage,
  ChecklistStatus,
  ClosureReason,
  GatekeeperRole,
  ReferralChannel,
  SafetyPlanAction,
} from './crisis';
import { ChecklistItem, CrisisPolicy, LevelId, WarningColour, WarningLevel } from './crisis-policy';
import { StudentSummary } from './students';

/**
 * What the crisis channels return: a case as the counselor works on it, the caseload, the
 * follow-up schedule, open referrals and the crisis ledger (心理危机学生台账). Everything here
 * is derived by the backend from the stored opening and event log with shared/domain/crisis.
 */

export const CaseRef = z.strictObject({ caseId: Id });

/** The ledger's 发现途径: how the case came to the counselor. */
export const caseSourceKinds = [
  'scale-result',
  'gatekeeper',
  'self-referral',
  'classmate',
  'parent',
  'class-check',
  'other',
] as const satisfies readonly CaseSource['kind'][];
export const CaseSourceKind = z.enum(caseSourceKinds);
export type CaseSourceKind = z.infer<typeof CaseSourceKind>;
/** Fails to compile when a source is added to the schema but not to the list. */
export const everySourceKindListed: [Exclude<CaseSource['kind'], CaseSourceKind>] extends [never] ? true : never = true;

/** A level as lists show it: its label always goes with its colour. */
export const LevelTag = z.strictObject({
  id: LevelId,
  rank: WarningLevel.shape.rank,
  colour: WarningColour,
  label: WarningLevel.shape.label,
});
export type LevelTag = z.infer<typeof LevelTag>;

export const RecordCaseEventInput = z.strictObject({
  caseId: Id,
  body: CaseEventBody,
  /** How many events the screen showed: another window's event in between makes this stale. */
  expectedCount: z.number().int().min(0),
});
export type RecordCaseEventInput = z.infer<typeof RecordCaseEventInput>;

/** Every event type, and the opening, as the timeline names them. */
export const caseEventTypes = [
  'risk-assessment',
  'guardians-notified',
  'guardians-not-notified',
  'class-teacher-informed',
  'safety-plan',
  'referral',
  'referral-outcome',
  'follow-up',
  'supervision-review',
  'level-change',
  'stage-change',
  'leave-of-absence',
  'return-to-school',
  'checklist-item',
  'closure',
  'correction',
] as const satisfies readonly CaseEventType[];
/** Fails to compile when an event type is added to the schema but not to the list. */
export const everyEventTypeListed: [Exclude<CaseEventType, (typeof caseEventTypes)[number]>] extends [never]
  ? true
  : never = true;

export const CaseEntryType = z.enum(['opening', ...caseEventTypes]);
export type CaseEntryType = z.infer<typeof CaseEntryType>;

const plainMoveKinds = [
  'risk-assessment',
  'guardians-notified',
  'guardians-not-notified',
  'class-teacher-informed',
  'referral',
  'referral-outcome',
  'follow-up',
  'leave-of-absence',
  'return-to-school',
  'checklist-item',
  'closure',
  'correction',
] as const;

export const CaseMove = z.union([
  z.strictObject({ kind: z.literal('stage-change'), to: ActiveStage }),
  z.strictObject({ kind: z.literal('level-change'), to: LevelId }),
  z.strictObject({ kind: z.literal('supervision-review'), signedOff: z.boolean() }),
  z.strictObject({ kind: z.literal('safety-plan'), action: SafetyPlanAction }),
  z.strictObject({ kind: z.enum(plainMoveKinds) }),
]);

/** A move the case could make, with every reason it is refused now: the screen offers only the allowed. */
export const MoveOption = z.strictObject({
  move: CaseMove,
  allowed: z.boolean(),
  refusals: z.array(CaseRefusalCode),
  requires: z.array(z.literal('guardian-notice')),
});
export type MoveOption = z.infer<typeof MoveOption>;

export const FollowUpStatus = z.enum(['overdue', 'today', 'upcoming']);

export const NextFollowUp = z.strictObject({ due: IsoDate, status: FollowUpStatus });
export type NextFollowUp = z.infer<typeof NextFollowUp>;

/** What the events imply now (docs/crisis-workflow.md, derived state). */
export const CaseStatus = z.strictObject({
  stage: CaseStage,
  level: LevelTag,
  /** The day the current level was set. */
  levelSince: IsoDate,
  guardianNotice: z.enum(['not-required', 'pending', 'recorded']),
  leave: z.strictObject({ eventId: Id, since: IsoDate }).nullable(),
  lastContactOn: IsoDate.nullable(),
  safetyPlanIds: z.array(Id),
  /** The latest review since entering supervision (and since the last level change). */
  currentReview: z.strictObject({ eventId: Id, signedOff: z.boolean() }).nullable(),
  closure: z.strictObject({ reason: ClosureReason, note: z.string(), on: IsoDate }).nullable(),
});
export type CaseStatus = z.infer<typeof CaseStatus>;

/** A recorded event in the log, with the corrections that point at it (newest last). */
export const LoggedEvent = CaseEvent.extend({
  sequence: z.number().int().min(1),
  correctedBy: z.array(Id),
});
export type LoggedEvent = z.infer<typeof LoggedEvent>;

export const ChecklistEntry = z.strictObject({
  item: ChecklistItem,
  status: z.union([ChecklistStatus, z.literal('open')]),
});

/** A referral (as its latest correction reads) with no outcome reported yet. */
export const CaseReferral = z.strictObject({
  eventId: Id,
  institution: z.string(),
  department: z.string(),
  channel: ReferralChannel,
  referredOn: IsoDate,
  /** Whole days from the referral to today. */
  daysOpen: z.number().int(),
});
export type CaseReferral = z.infer<typeof CaseReferral>;

export const CaseView = z.strictObject({
  caseId: Id,
  opening: CaseOpening,
  student: StudentSummary,
  /** The policy the case was read with: labels of every level and checklist. */
  policy: CrisisPolicy,
  status: CaseStatus,
  /** Oldest first; `expectedCount` of the next record is its length. */
  events: z.array(LoggedEvent),
  moves: z.array(MoveOption),
  checklist: z.array(ChecklistEntry),
  nextFollowUp: NextFollowUp.nullable(),
  openReferrals: z.array(CaseReferral),
});
export type CaseView = z.infer<typeof CaseView>;

export const ListCasesInput = z.strictObject({
  status: z.enum(['open', 'closed', 'all']).default('open'),
  level: LevelId.optional(),
  stage: CaseStage.optional(),
  studentId: Id.optional(),
});
export type ListCasesInput = z.infer<typeof ListCasesInput>;

/** One line of the caseload. */
export const CaseSummary = z.strictObject({
  caseId: Id,
  student: StudentSummary,
  level: LevelTag,
  stage: CaseStage,
  openedOn: IsoDate,
  source: CaseSourceKind,
  lastContactOn: IsoDate.nullable(),
  /** Null when nobody has been in contact yet; the screen then counts from `openedOn`. */
  daysSinceLastContact: z.number().int().nullable(),
  nextFollowUp: NextFollowUp.nullable(),
  guardianNoticePending: z.boolean(),
  onLeave: z.boolean(),
  closedOn: IsoDate.nullable(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const FollowUpItem = z.strictObject({
  caseId: Id,
  student: StudentSummary,
  level: LevelTag,
  stage: CaseStage,
  due: IsoDate,
  lastContactOn: IsoDate.nullable(),
});
export type FollowUpItem = z.infer<typeof FollowUpItem>;

/** The home screen's follow-ups on `today`, by the backend's clock: overdue and due today come first. */
export const FollowUpSchedule = z.strictObject({
  today: IsoDate,
  overdue: z.array(FollowUpItem),
  dueToday: z.array(FollowUpItem),
  /** Due in the seven days after today. */
  upcoming: z.array(FollowUpItem),
});
export type FollowUpSchedule = z.infer<typeof FollowUpSchedule>;

export const OpenReferral = CaseReferral.extend({ caseId: Id, student: StudentSummary, level: LevelTag });
export type OpenReferral = z.infer<typeof OpenReferral>;

export const LedgerFilter = z.strictObject({
  /** Cases open at some time from `from` to `to` (both days included); every case when absent. */
  from: IsoDate.optional(),
  to: IsoDate.optional(),
  includeClosed: z.boolean().default(true),
});
export type LedgerFilter = z.infer<typeof LedgerFilter>;

export const ExportLedgerInput = LedgerFilter.extend({ language: Language });
export type ExportLedgerInput = z.infer<typeof ExportLedgerInput>;

/** One line of the crisis ledger, in the columns of docs/domain.md. */
export const LedgerRow = z.strictObject({
  caseId: Id,
  student: StudentSummary,
  /** 发现日期 and 发现途径. */
  foundOn: IsoDate,
  source: CaseSourceKind,
  reporterRole: GatekeeperRole.nullable(),
  level: LevelTag,
  stage: CaseStage,
  /** The counselor who opened the case. */
  responsible: z.string(),
  /** 干预方案: the first safety plan, the latest assessment's judgement, the latest follow-up's measures. */
  planMadeOn: IsoDate.nullable(),
  assessment: z.string().nullable(),
  measures: z.string().nullable(),
  guardiansInformedOn: IsoDate.nullable(),
  referredOn: IsoDate.nullable(),
  /** 是否就医, as the family or hospital reported it: the latest referral outcome. */
  medicalVisit: z
    .strictObject({ visitedOn: IsoDate.nullable(), reportedBy: z.enum(['family', 'hospital']), outcome: z.string() })
    .nullable(),
  /** 休学 / 复学, oldest first. */
  leaves: z.array(z.strictObject({ since: IsoDate, returnedOn: IsoDate.nullable() })),
  nextFollowUpDue: IsoDate.nullable(),
  /** 解除/销号. */
  closedOn: IsoDate.nullable(),
  closureReason: ClosureReason.nullable(),
});
export type LedgerRow = z.infer<typeof LedgerRow>;

/** An XLSX workbook, base64, for the screen to offer as a download. */
export const LedgerFile = z.strictObject({ fileName: z.string(), content: z.base64() });
export type LedgerFile = z.infer<typeof LedgerFile>;
