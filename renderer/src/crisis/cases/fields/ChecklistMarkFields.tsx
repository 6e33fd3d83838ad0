import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { ChecklistStatus, crisisTextLimits } from '../../../../../shared/schemas/crisis';
import { asLanguage, textIn } from '../../../scales/localized-text';
import { ChoiceField, LineField } from './field-kit';
import type { FactFieldsProps } from './fact-fields-props';

/** Checklist marks are made with one click; this form is for correcting one. */
export function ChecklistMarkFields({ prefix, view }: FactFieldsProps) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const items = view.policy.levels.flatMap((level) => level.checklist);
  const unique = [...new Map(items.map((item) => [item.id, item])).values()];
  return (
    <>
      <Form.Item name={[...prefix, 'itemId']} label={t('crisis.fields.checklistItem')} rules={[{ required: true }]}>
        <Select
          size="large"
          options={unique.map((item) => ({ value: item.id, label: textIn(item.label, language) }))}
        />
      </Form.Item>
      <ChoiceField
        prefix={prefix}
        name="status"
        label={t('crisis.fields.checklistStatus')}
        options={ChecklistStatus.options.map((value) => ({ value, label: t(`crisis.checklist.${value}`) }))}
      />
      <LineField prefix={prefix} name="note" label={t('crisis.fields.note')} max={crisisTextLimits.short} />
    </>
  );
}
