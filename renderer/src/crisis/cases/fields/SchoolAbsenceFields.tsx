import { useTranslation } from 'react-i18next';
import { crisisTextLimits } from '../../../../../shared/schemas/crisis';
import { BlockField, ChoiceField, DayField } from './field-kit';
import type { FactFieldsProps } from './fact-fields-props';

/** 休学: the leave starts on the day recorded above. */
export function LeaveFields({ prefix }: FactFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <BlockField prefix={prefix} name="reason" label={t('crisis.fields.leaveReason')} max={crisisTextLimits.note} />
      <DayField prefix={prefix} name="expectedReturnOn" label={t('crisis.fields.expectedReturnOn')} />
    </>
  );
}

/** 复学: the counselor's return assessment, and whether a recovery certificate was seen. */
export function ReturnFields({ prefix }: FactFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <BlockField
        prefix={prefix}
        name="returnAssessment"
        label={t('crisis.fields.returnAssessment')}
        required
        max={crisisTextLimits.text}
      />
      <ChoiceField
        prefix={prefix}
        name="recoveryCertificateSeen"
        label={t('crisis.fields.certificateSeen')}
        options={[
          { value: true, label: t('crisis.fields.certificateYes') },
          { value: false, label: t('crisis.fields.certificateNo') },
        ]}
      />
    </>
  );
}
