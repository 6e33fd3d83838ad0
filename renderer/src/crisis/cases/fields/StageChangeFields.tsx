import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { activeStages, crisisTextLimits } from '../../../../../shared/schemas/crisis';
import { BlockField } from './field-kit';
import type { FactFieldsProps } from './fact-fields-props';

export function StageChangeFields({ prefix, correcting }: FactFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      {correcting && (
        <Form.Item name={[...prefix, 'to']} label={t('crisis.fields.stageTo')} rules={[{ required: true }]}>
          <Select
            size="large"
            options={activeStages.map((stage) => ({ value: stage, label: t(`crisis.stages.${stage}`) }))}
          />
        </Form.Item>
      )}
      <BlockField prefix={prefix} name="reason" label={t('crisis.fields.stageReason')} max={crisisTextLimits.note} />
    </>
  );
}
