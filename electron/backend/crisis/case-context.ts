import type { CrisisPolicy } from '../../../shared/schemas/crisis-policy';
import type { Act } from '../students/student-service';

/** What every crisis call is read or recorded with: who and when, the policy in force, and today. */
export interface CaseContext {
  act: Act;
  policy: CrisisPolicy;
  /** The counselor's calendar day, for follow-up status and days open. */
  today: string;
}
