import { Form, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import { riskChecks } from '../../../shared/schemas/sessions';
import { OpenCaseButton } from '../crisis/cases/OpenCaseButton';
import { CrisisPanel } from './CrisisPanel';
import type { FieldsProps } from './note-fields';

/** The note's risk check; an urgent risk shows what to do now and offers to open a crisis case. */
export function RiskCheckField({ content, onChange, studentId }: FieldsProps & { studentId?: string }) {
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
      {content.risk === 'urgent' && (
        <CrisisPanel>
          <p>{t('notes.crisis.text')}</p>
          {studentId && (
            <p>
              <OpenCaseButton
                studentId={studentId}
                source={{ kind: 'self-referral' }}
                label={t('crisis.start.fromNote')}
                type="primary"
                danger
              />
            </p>
          )}
        </CrisisPanel>
      )}
    </>
  );
}
