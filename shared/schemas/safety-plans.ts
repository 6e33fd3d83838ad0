import { z } from 'zod';
import { Id, IsoTime, lineOfText } from './common';
import { HotlineNumber } from './hotlines';
import { CounselorRef } from './sessions';

/**
 * A safety plan (安全计划) in the Stanley–Brown structure, made with the student and printed for
 * them as a page and as a wallet card. A plan is never overwritten: each save adds a version, and
 * a crisis case's `safety-plan` event names the plan by its id.
 */

export const safetyPlanLimits = { entries: 20, entry: 300, name: 80 } as const;

const entry = lineOfText(safetyPlanLimits.entry).min(1);
const entries = z.array(entry).max(safetyPlanLimits.entries);

/** A phone a student can call may be left empty: a teacher is reached at school. */
const phone = z.union([z.literal(''), HotlineNumber]);

export const PlanContact = z.strictObject({ name: lineOfText(safetyPlanLimits.name).min(1), phone });
export type PlanContact = z.infer<typeof PlanContact>;

export const PlanProfessional = PlanContact.extend({ note: lineOfText(safetyPlanLimits.entry) });
export type PlanProfessional = z.infer<typeof PlanProfessional>;

/** The seven steps, in the order the plan is printed. */
export const SafetyPlanSections = z.strictObject({
  warningSigns: entries,
  copingStrategies: entries,
  distractions: z.strictObject({ people: entries, places: entries }),
  peopleToAsk: z.array(PlanContact).max(safetyPlanLimits.entries),
  professionals: z.array(PlanProfessional).max(safetyPlanLimits.entries),
  environmentSafety: entries,
  reasonsForLiving: entries,
});
export type SafetyPlanSections = z.infer<typeof SafetyPlanSections>;

/**
 * Saves a new plan (`planId` null, `expectedVersion` 0) or the next version of one: the version
 * the counselor edited must still be the latest, so a second window cannot overwrite it unseen.
 */
export const SaveSafetyPlanInput = z
  .strictObject({
    studentId: Id,
    /** The crisis case this version was made in, if any. */
    caseId: Id.nullable(),
    planId: Id.nullable(),
    expectedVersion: z.number().int().min(0),
    sections: SafetyPlanSections,
  })
  .refine((input) => (input.planId === null) === (input.expectedVersion === 0), {
    message: 'a new plan expects version 0, an existing one its latest version',
    path: ['expectedVersion'],
  });
export type SaveSafetyPlanInput = z.infer<typeof SaveSafetyPlanInput>;

export const SafetyPlan = z.strictObject({
  id: Id,
  studentId: Id,
  caseId: Id.nullable(),
  version: z.number().int().min(1),
  sections: SafetyPlanSections,
  /** When the plan was first made; `updatedAt` is when this version was saved. */
  createdAt: IsoTime,
  updatedAt: IsoTime,
  updatedBy: CounselorRef,
});
export type SafetyPlan = z.infer<typeof SafetyPlan>;

export const SafetyPlanSummary = SafetyPlan.omit({ sections: true });
export type SafetyPlanSummary = z.infer<typeof SafetyPlanSummary>;

/** A version of one plan; its latest when none is given. */
export const GetSafetyPlanInput = z.strictObject({ planId: Id, version: z.number().int().min(1).optional() });
