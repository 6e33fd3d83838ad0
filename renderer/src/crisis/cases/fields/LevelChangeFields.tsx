import { Alert, Form, Radio, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { isTopLevel } from '../../../../../shared/domain/crisis/policy-levels';
import { crisisTextLimits } from '../../../../../shared/schemas/crisis';
import { asLanguage, textIn } from '../../../scales/localized-text';
import { dateTimeOf } from '../when-text';
import { noticesSinceLevel } from '../case-history';
import { BlockField } from './field-kit';
import type { FactFieldsProps } from './fact-fields-props';

/**
 * A level change with its reason. Raising to the top level names the guardian notice recorded
 * since the current level was set, or says why the guardians were not told.
 */
export function LevelChangeFields({ prefix, view, correcting }: FactFieldsProps) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const form = Form.useFormInstance();
  const to = Form.useWatch([...prefix, 'to'], { form, preserve: true }) as string | undefined;
  const choice = Form.useWatch([...prefix, 'guardians', 'choice'], form) as string | undefined;
  const toTop = to !== undefined && isTopLevel(view.policy, to);
  const notices = noticesSinceLevel(view.events);

  return (
    <>
      {correcting && (
        <Form.Item name={[...prefix, 'to']} label={t('crisis.fields.levelTo')} rules={[{ required: true }]}>
          <Select
            size="large"
            options={view.policy.levels.map((level) => ({ value: level.id, label: textIn(level.label, language) }))}
          />
        </Form.Item>
      )}
      <BlockField
        prefix={prefix}
        name="reason"
        label={t('crisis.fields.levelReason')}
        required
        max={crisisTextLimits.note}
      />
      {toTop && (
        <fieldset className="guardian-notice" data-testid="guardian-notice">
          <legend>{t('crisis.fields.guardianNotice')}</legend>
          <p className="guardian-notice__why">{t('crisis.fields.guardianNoticeWhy')}</p>
          <Form.Item
            name={[...prefix, 'guardians', 'choice']}
            rules={[{ required: true, message: t('crisis.form.choose') }]}
          >
            <Radio.Group
              optionType="button"
              buttonStyle="solid"
              className="choice-field"
              options={[
                { value: 'notice', label: t('crisis.fields.noticeRecorded'), disabled: notices.length === 0 },
                { value: 'reason', label: t('crisis.fields.noticeNotGiven') },
              ]}
            />
          </Form.Item>
          {notices.length === 0 && (
            <Alert type="warning" showIcon className="form-alert" title={t('crisis.fields.noNoticeYet')} />
          )}
          {choice === 'notice' && (
            <Form.Item
              name={[...prefix, 'guardians', 'notifiedEventId']}
              label={t('crisis.fields.whichNotice')}
              rules={[{ required: true, message: t('crisis.form.choose') }]}
            >
              <Radio.Group className="notice-choice">
                {notices.map((event) =>
                  event.body.type === 'guardians-notified' ? (
                    <Radio key={event.id} value={event.id}>
                      {t('crisis.fields.noticeOption', {
                        when: dateTimeOf(event.body, i18n.language),
                        name: event.body.guardianName,
                        method: t(`crisis.contactMethods.${event.body.method}`),
                        response: t(`crisis.guardianResponses.${event.body.response}`),
                      })}
                    </Radio>
                  ) : null,
                )}
              </Radio.Group>
            </Form.Item>
          )}
          {choice === 'reason' && (
            <BlockField
              prefix={prefix}
              name={['guardians', 'notNotifiedReason']}
              label={t('crisis.fields.notNotifiedReason')}
              extra={t('crisis.fields.notNotifiedExample')}
              required
              max={crisisTextLimits.note}
            />
          )}
        </fieldset>
      )}
    </>
  );
}
