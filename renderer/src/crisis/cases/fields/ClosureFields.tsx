import { useTranslation } from 'react-i18next';
import { ClosureReason, crisisTextLimits } from '../../../../../shared/schemas/crisis';
import { BlockField, ChoiceField } from './field-kit';
import type { FactFieldsProps } from './fact-fields-props';

/** 解除/销号: final, so the reason is asked for plainly. */
export function ClosureFields({ prefix }: FactFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <ChoiceField
        prefix={prefix}
        name="reason"
        label={t('crisis.fields.closureReason')}
        options={ClosureReason.options.map((value) => ({ value, label: t(`crisis.closureReasons.${value}`) }))}
      />
      <BlockField prefix={prefix} name="note" label={t('crisis.fields.note')} max={crisisTextLimits.note} />
    </>
  );
}
