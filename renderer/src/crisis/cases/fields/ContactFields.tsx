import { useTranslation } from 'react-i18next';
import { ContactMethod, crisisTextLimits, GuardianResponse } from '../../../../../shared/schemas/crisis';
import { BlockField, ChoiceField, LineField } from './field-kit';
import type { FactFieldsProps } from './fact-fields-props';

function useContactMethods() {
  const { t } = useTranslation();
  return ContactMethod.options.map((value) => ({ value, label: t(`crisis.contactMethods.${value}`) }));
}

/** 家长告知: who was told, how, and what they answered; a refusal to sign is an answer too. */
export function GuardiansNotifiedFields({ prefix }: FactFieldsProps) {
  const { t } = useTranslation();
  const methods = useContactMethods();
  return (
    <>
      <div className="field-pair">
        <LineField
          prefix={prefix}
          name="guardianName"
          label={t('crisis.fields.guardianName')}
          required
          max={crisisTextLimits.name}
        />
        <LineField
          prefix={prefix}
          name="relation"
          label={t('crisis.fields.relation')}
          extra={t('crisis.fields.relationExample')}
          max={crisisTextLimits.relation}
        />
      </div>
      <ChoiceField prefix={prefix} name="method" label={t('crisis.fields.method')} options={methods} />
      <ChoiceField
        prefix={prefix}
        name="response"
        label={t('crisis.fields.guardianResponse')}
        options={GuardianResponse.options.map((value) => ({ value, label: t(`crisis.guardianResponses.${value}`) }))}
      />
      <BlockField
        prefix={prefix}
        name="responseNote"
        label={t('crisis.fields.responseNote')}
        max={crisisTextLimits.note}
      />
    </>
  );
}

export function GuardiansNotNotifiedFields({ prefix }: FactFieldsProps) {
  const { t } = useTranslation();
  return (
    <BlockField
      prefix={prefix}
      name="reason"
      label={t('crisis.fields.notNotifiedReason')}
      extra={t('crisis.fields.notNotifiedExample')}
      required
      max={crisisTextLimits.note}
    />
  );
}

export function ClassTeacherInformedFields({ prefix }: FactFieldsProps) {
  const { t } = useTranslation();
  const methods = useContactMethods();
  return (
    <>
      <LineField
        prefix={prefix}
        name="teacherName"
        label={t('crisis.fields.teacherName')}
        required
        max={crisisTextLimits.name}
      />
      <ChoiceField prefix={prefix} name="method" label={t('crisis.fields.method')} options={methods} />
      <BlockField prefix={prefix} name="note" label={t('crisis.fields.note')} max={crisisTextLimits.note} />
    </>
  );
}
