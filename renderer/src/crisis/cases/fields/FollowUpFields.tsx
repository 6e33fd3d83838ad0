import { useTranslation } from 'react-i18next';
import { crisisTextLimits, FollowUpMethod, RiskChange } from '../../../../../shared/schemas/crisis';
import { BlockField, ChoiceField, LineField } from './field-kit';
import type { FactFieldsProps } from './fact-fields-props';

/** The ledger's follow-up record: how, by whom, the student's state, the change in risk, what next. */
export function FollowUpFields({ prefix }: FactFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceField
        prefix={prefix}
        name="method"
        label={t('crisis.fields.followUpMethod')}
        options={FollowUpMethod.options.map((value) => ({ value, label: t(`crisis.followUpMethods.${value}`) }))}
      />
      <LineField prefix={prefix} name="by" label={t('crisis.fields.by')} required max={crisisTextLimits.name} />
      <BlockField
        prefix={prefix}
        name="studentState"
        label={t('crisis.fields.studentState')}
        max={crisisTextLimits.text}
      />
      <ChoiceField
        prefix={prefix}
        name="riskChange"
        label={t('crisis.fields.riskChange')}
        options={RiskChange.options.map((value) => ({ value, label: t(`crisis.riskChanges.${value}`) }))}
      />
      <BlockField prefix={prefix} name="measures" label={t('crisis.fields.measures')} max={crisisTextLimits.text} />
      <BlockField prefix={prefix} name="nextStep" label={t('crisis.fields.nextStep')} max={crisisTextLimits.note} />
    </>
  );
}
