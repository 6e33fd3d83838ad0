import type { CaseFact } from '../../../../../shared/schemas/crisis';
import { ClosureFields } from './ClosureFields';
import { ClassTeacherInformedFields, GuardiansNotifiedFields, GuardiansNotNotifiedFields } from './ContactFields';
import type { FactFieldsProps } from './fact-fields-props';
import { FollowUpFields } from './FollowUpFields';
import { LevelChangeFields } from './LevelChangeFields';
import { ReferralFields, ReferralOutcomeFields } from './ReferralFields';
import { RiskAssessmentFields } from './RiskAssessmentFields';
import { SafetyPlanFields } from './SafetyPlanFields';
import { LeaveFields, ReturnFields } from './SchoolAbsenceFields';
import { StageChangeFields } from './StageChangeFields';
import { SupervisionReviewFields } from './SupervisionReviewFields';
import { ChecklistMarkFields } from './ChecklistMarkFields';

/** The fields of one kind of event, for a new one or for the replacement in a correction. */
export function FactFields({ type, ...props }: FactFieldsProps & { type: CaseFact['type'] }) {
  switch (type) {
    case 'risk-assessment':
      return <RiskAssessmentFields {...props} />;
    case 'guardians-notified':
      return <GuardiansNotifiedFields {...props} />;
    case 'guardians-not-notified':
      return <GuardiansNotNotifiedFields {...props} />;
    case 'class-teacher-informed':
      return <ClassTeacherInformedFields {...props} />;
    case 'safety-plan':
      return <SafetyPlanFields {...props} />;
    case 'referral':
      return <ReferralFields {...props} />;
    case 'referral-outcome':
      return <ReferralOutcomeFields {...props} />;
    case 'follow-up':
      return <FollowUpFields {...props} />;
    case 'supervision-review':
      return <SupervisionReviewFields {...props} />;
    case 'level-change':
      return <LevelChangeFields {...props} />;
    case 'stage-change':
      return <StageChangeFields {...props} />;
    case 'leave-of-absence':
      return <LeaveFields {...props} />;
    case 'return-to-school':
      return <ReturnFields {...props} />;
    case 'checklist-item':
      return <ChecklistMarkFields {...props} />;
    case 'closure':
      return <ClosureFields {...props} />;
  }
}
