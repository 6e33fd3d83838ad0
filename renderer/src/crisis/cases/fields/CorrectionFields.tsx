import { Form, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { crisisTextLimits } from '../../../../../shared/schemas/crisis';
import type { CaseView } from '../../../../../shared/schemas/crisis-records';
import { correctable, currentBody } from '../case-history';
import { dateTime } from '../../../sessions/note-time';
import { valuesFromBody } from '../event-values';
import { dateTimeOf } from '../when-text';
import { BlockField, ChoiceField, OccurredFields } from './field-kit';
import { FactFields } from './FactFields';

/**
 * A correction names the event it corrects, says why, and gives the content as it should read,
 * starting from the content as it reads now; or says the event should not have been recorded.
 */
export function CorrectionFields({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const form = Form.useFormInstance();
  const corrects = Form.useWatch('corrects', form) as string | undefined;
  const kind = Form.useWatch('replacementKind', form) as string | undefined;
  const target = corrects ? view.events.find((event) => event.id === corrects) : undefined;

  return (
    <>
      <Form.Item
        name="corrects"
        label={t('crisis.fields.corrects')}
        rules={[{ required: true, message: t('crisis.form.choose') }]}
      >
        <Select
          size="large"
          data-testid="correction-target"
          onChange={(id: string) => form.setFieldValue('replacement', valuesFromBody(currentBody(view.events, id)))}
          options={correctable(view.events).map((event) => ({
            value: event.id,
            label: t('crisis.fields.correctsOption', {
              when: dateTimeOf(event.body, i18n.language),
              event: t(`crisis.events.${event.body.type}`),
              recorded: dateTime(event.recordedAt, i18n.language),
            }),
          }))}
        />
      </Form.Item>
      <BlockField
        prefix={[]}
        name="reason"
        label={t('crisis.fields.correctionReason')}
        required
        max={crisisTextLimits.note}
      />
      {target && target.body.type !== 'correction' && (
        <>
          <ChoiceField
            prefix={[]}
            name="replacementKind"
            label={t('crisis.fields.replacementKind')}
            options={[
              { value: 'corrected', label: t('crisis.fields.replacementCorrected') },
              { value: 'withdrawn', label: t('crisis.fields.replacementWithdrawn') },
            ]}
          />
          {kind === 'corrected' && (
            <fieldset className="replacement" data-testid="replacement">
              <legend>{t('crisis.fields.replacement', { event: t(`crisis.events.${target.body.type}`) })}</legend>
              <OccurredFields prefix={['replacement']} />
              <FactFields type={target.body.type} prefix={['replacement']} view={view} correcting />
            </fieldset>
          )}
        </>
      )}
    </>
  );
}
