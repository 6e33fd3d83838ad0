import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { crisisTextLimits, ReferralChannel } from '../../../../../shared/schemas/crisis';
import { longDate } from '../../../sessions/note-time';
import { referrals } from '../case-history';
import { BlockField, ChoiceField, DayField, LineField } from './field-kit';
import type { FactFieldsProps } from './fact-fields-props';

/** 转介: where to, through which channel, who went along, and why, objectively. */
export function ReferralFields({ prefix }: FactFieldsProps) {
  const { t } = useTranslation();
  return (
    <>
      <div className="field-pair">
        <LineField
          prefix={prefix}
          name="institution"
          label={t('crisis.fields.institution')}
          required
          max={crisisTextLimits.place}
        />
        <LineField
          prefix={prefix}
          name="department"
          label={t('crisis.fields.department')}
          max={crisisTextLimits.place}
        />
      </div>
      <ChoiceField
        prefix={prefix}
        name="channel"
        label={t('crisis.fields.channel')}
        options={ReferralChannel.options.map((value) => ({ value, label: t(`crisis.channels.${value}`) }))}
      />
      <LineField
        prefix={prefix}
        name="accompaniedBy"
        label={t('crisis.fields.accompaniedBy')}
        max={crisisTextLimits.short}
      />
      <BlockField
        prefix={prefix}
        name="reason"
        label={t('crisis.fields.referralReason')}
        placeholder={t('crisis.fields.objectiveHint')}
        max={crisisTextLimits.text}
      />
    </>
  );
}

/** The return slip (回执): what the family or the hospital reported, in their words. */
export function ReferralOutcomeFields({ prefix, view }: FactFieldsProps) {
  const { t, i18n } = useTranslation();
  const options = referrals(view.events).map((event) => ({
    value: event.id,
    label:
      event.body.type === 'referral'
        ? t('crisis.fields.referralOption', {
            date: longDate(event.body.occurredOn, i18n.language),
            institution: event.body.institution,
          })
        : event.id,
  }));
  return (
    <>
      <Form.Item
        name={[...prefix, 'referralId']}
        label={t('crisis.fields.referral')}
        rules={[{ required: true, message: t('crisis.form.choose') }]}
      >
        <Select options={options} size="large" />
      </Form.Item>
      <ChoiceField
        prefix={prefix}
        name="reportedBy"
        label={t('crisis.fields.reportedBy')}
        options={(['family', 'hospital'] as const).map((value) => ({ value, label: t(`crisis.reporters.${value}`) }))}
      />
      <DayField prefix={prefix} name="visitedOn" label={t('crisis.fields.visitedOn')} />
      <BlockField
        prefix={prefix}
        name="outcome"
        label={t('crisis.fields.outcome')}
        extra={t('crisis.fields.outcomeHelp')}
        required
        max={crisisTextLimits.text}
      />
    </>
  );
}
