import { Checkbox, Form } from 'antd';
import { useTranslation } from 'react-i18next';
import { crisisTextLimits } from '../../../../../shared/schemas/crisis';
import { refusalText } from '../refusal-text';
import { BlockField, LineField } from './field-kit';
import type { FactFieldsProps } from './fact-fields-props';

/** 心理督查: the reviewer's comments, and the sign-off that lets the case close. */
export function SupervisionReviewFields({ prefix, signOff, correcting }: FactFieldsProps) {
  const { t } = useTranslation();
  // A correction may change the sign-off; the state machine then checks the corrected history.
  const refused = !correcting && signOff && !signOff.allowed ? signOff.refusals : [];
  return (
    <>
      <LineField
        prefix={prefix}
        name="reviewer"
        label={t('crisis.fields.reviewer')}
        required
        max={crisisTextLimits.name}
      />
      <BlockField prefix={prefix} name="comments" label={t('crisis.fields.comments')} max={crisisTextLimits.text} />
      <Form.Item
        name={[...prefix, 'signedOff']}
        valuePropName="checked"
        extra={refused.map((code) => refusalText(t, code)).join(' ')}
      >
        <Checkbox disabled={refused.length > 0}>{t('crisis.fields.signedOff')}</Checkbox>
      </Form.Item>
    </>
  );
}
