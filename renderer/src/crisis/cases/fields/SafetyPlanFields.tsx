import { Alert, Form, Select, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { crisisTextLimits, SafetyPlanAction } from '../../../../../shared/schemas/crisis';
import type { SafetyPlanSummary } from '../../../../../shared/schemas/safety-plans';
import { api } from '../../../api/api';
import type { ClientError } from '../../../api/client-result';
import { errorText } from '../../../i18n/error-text';
import { dateTime } from '../../../sessions/note-time';
import { BlockField, ChoiceField } from './field-kit';
import type { FactFieldsProps } from './fact-fields-props';

/**
 * The timeline's note that a safety plan, kept as its own record, was made or updated. Saving
 * the plan records it; this form corrects which of the student's plans the note names.
 */
export function SafetyPlanFields({ prefix, view }: FactFieldsProps) {
  const { t, i18n } = useTranslation();
  const [plans, setPlans] = useState<SafetyPlanSummary[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    void api.call('safetyPlans.forStudent', { studentId: view.student.id }).then((result) => {
      if (result.ok) setPlans(result.value);
      else setError(result.error);
    });
  }, [view.student.id]);

  if (error) return <Alert type="error" showIcon title={errorText(t, error)} />;
  if (!plans) return <Spin />;
  return (
    <>
      <ChoiceField
        prefix={prefix}
        name="action"
        label={t('crisis.fields.planAction')}
        options={SafetyPlanAction.options.map((value) => ({ value, label: t(`crisis.timeline.plan-${value}`) }))}
      />
      {plans.length === 0 ? (
        <Alert type="info" showIcon className="form-alert" title={t('crisis.fields.noPlans')} />
      ) : (
        <Form.Item
          name={[...prefix, 'planId']}
          label={t('crisis.fields.plan')}
          rules={[{ required: true, message: t('crisis.form.choose') }]}
        >
          <Select
            size="large"
            options={plans.map((plan) => ({
              value: plan.id,
              label: t('crisis.fields.planOption', {
                made: dateTime(plan.createdAt, i18n.language),
                version: plan.version,
              }),
            }))}
          />
        </Form.Item>
      )}
      <BlockField prefix={prefix} name="note" label={t('crisis.fields.note')} max={crisisTextLimits.note} />
    </>
  );
}
