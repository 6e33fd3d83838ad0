import { z } from 'zod';
import {
  ClassCheckMonth,
  ClassCheckMonthInput,
  ClassCheckRef,
  ClassCheckReport,
  RecordClassCheckInput,
  StudentWatchEntry,
} from '../schemas/class-checks';
import { Empty, Id } from '../schemas/common';
import { CrisisPolicy } from '../schemas/crisis-policy';
import { Hotline, SaveHotlinesInput } from '../schemas/hotlines';
import {
  GetSafetyPlanInput,
  SafetyPlan,
  SafetyPlanSections,
  SafetyPlanSummary,
  SaveSafetyPlanInput,
} from '../schemas/safety-plans';
import type { ContractSection } from './section';

const ForStudent = z.strictObject({ studentId: Id });

/** What a counselor keeps at hand around crisis cases: hotlines, policy, safety plans, class checks. */
export const crisisSupportContract = {
  /** Every hotline in the school's order, inactive ones included (the panel shows the active). */
  'hotlines.list': { input: Empty, output: z.array(Hotline) },
  /** Replaces the whole list in the order given; lines left out are removed. */
  'hotlines.save': { input: SaveHotlinesInput, output: z.array(Hotline) },
  /** Warning levels, their checklists and follow-up schedules. */
  'crisisPolicy.get': { input: Empty, output: CrisisPolicy },
  /** Refused with POLICY_IN_USE when a recorded case would no longer hold under the new policy. */
  'crisisPolicy.save': { input: CrisisPolicy, output: CrisisPolicy },
  /** An unsaved plan's sections, with the active hotlines as the professionals to call. */
  'safetyPlans.new': { input: ForStudent, output: SafetyPlanSections },
  /** Saves a new plan or the next version of one; SAFETY_PLAN_CONFLICT when another version came first. */
  'safetyPlans.save': { input: SaveSafetyPlanInput, output: SafetyPlan },
  'safetyPlans.get': { input: GetSafetyPlanInput, output: SafetyPlan },
  /** The student's plans, the latest version of each, newest first. */
  'safetyPlans.forStudent': { input: ForStudent, output: z.array(SafetyPlanSummary) },
  /** Records a class's monthly report or zero report; again for the same class and month adds a version. */
  'classChecks.record': { input: RecordClassCheckInput, output: ClassCheckReport },
  /** Which classes reported this month, and which classes of the active roster did not. */
  'classChecks.month': { input: ClassCheckMonthInput, output: ClassCheckMonth },
  'classChecks.get': { input: ClassCheckRef, output: ClassCheckReport },
  /** The student's entries in the current reports, newest month first. */
  'classChecks.forStudent': { input: ForStudent, output: z.array(StudentWatchEntry) },
} satisfies ContractSection;
