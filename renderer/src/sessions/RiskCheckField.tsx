import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { riskChecks } from '../../../shared/schemas/sessions';
import { CrisisPanel } from './CrisisPanel';
import type { FieldsProps } from './note-fields';

export function RiskCheckField({ content, onChange }: FieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item label={t('notes.fields.risk')} required extra={t('notes.fields.riskHelp')}>
        <Radio.Group
          aria-label={t('notes.fields.risk')}
          value={content.risk}
          onChange={(event) => onChange({ risk: event.target.value })}
          options={riskChecks.map((risk) => ({ value: risk, label: t(`notes.risks.${risk}`) }))}
        />
      </Form.Item>
      {content.risk === 'urgent' && <CrisisPanel />}
    </>
  );
}
