import { Form, Typography } from 'antd';
import { type ReactNode, type Ref, useImperativeHandle } from 'react';
import { useTranslation } from 'react-i18next';
import { type PlanFormValues, type PlanStep, planSteps } from './plan-form';
import { PlanContactsField } from './PlanContactsField';
import { PlanListField } from './PlanListField';

/** What the drawer asks of the editor: the values, once every row passes its checks. */
export interface PlanEditorHandle {
  validate: () => Promise<PlanFormValues | null>;
}

/**
 * The seven steps of a Stanley–Brown safety plan, in order, each a list the counselor fills in
 * with the student, in the student's own words (the headings speak as the student: 我的…).
 * Its form lives and dies with it, so a plan opened after another never shows the other's rows.
 */
export function SafetyPlanEditor({
  initial,
  onChange,
  handle,
}: {
  initial: PlanFormValues;
  onChange: () => void;
  handle: Ref<PlanEditorHandle>;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PlanFormValues>();
  useImperativeHandle(handle, () => ({ validate: () => form.validateFields().catch(() => null) }), [form]);
  const short = (step: Exclude<PlanStep, 'distractions'>) => t(`crisisForms.plan.steps.${step}.short`);
  const people = t('crisisForms.plan.steps.distractions.people');
  const places = t('crisisForms.plan.steps.distractions.places');
  const fields: Record<PlanStep, ReactNode> = {
    warningSigns: <PlanListField name="warningSigns" label={short('warningSigns')} />,
    copingStrategies: <PlanListField name="copingStrategies" label={short('copingStrategies')} />,
    distractions: (
      <div className="plan-step__halves">
        <div>
          <h4 className="plan-step__sub">{people}</h4>
          <PlanListField name={['distractions', 'people']} label={people} />
        </div>
        <div>
          <h4 className="plan-step__sub">{places}</h4>
          <PlanListField name={['distractions', 'places']} label={places} />
        </div>
      </div>
    ),
    peopleToAsk: <PlanContactsField name="peopleToAsk" label={short('peopleToAsk')} withNote={false} />,
    professionals: <PlanContactsField name="professionals" label={short('professionals')} withNote />,
    environmentSafety: <PlanListField name="environmentSafety" label={short('environmentSafety')} />,
    reasonsForLiving: <PlanListField name="reasonsForLiving" label={short('reasonsForLiving')} />,
  };
  return (
    <Form
      form={form}
      layout="vertical"
      initialValues={initial}
      onValuesChange={onChange}
      className="plan-editor"
      requiredMark={false}
    >
      {planSteps.map((step, index) => (
        <fieldset key={step} className="plan-step" data-testid={`plan-step-${step}`}>
          <legend className="plan-step__title">
            {t('crisisForms.plan.stepNumber', { number: index + 1 })} {t(`crisisForms.plan.steps.${step}.title`)}
          </legend>
          <Typography.Paragraph type="secondary" className="plan-step__hint">
            {t(`crisisForms.plan.steps.${step}.hint`)}
          </Typography.Paragraph>
          {fields[step]}
        </fieldset>
      ))}
    </Form>
  );
}
