import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { maxPassphraseLength, minPassphraseLength } from '../../../shared/schemas/vault';
import { PassphraseStrengthHint } from './PassphraseStrengthHint';

/**
 * A new passphrase typed twice, with the strength hint: used at setup and when changing it.
 * The form holds them as `passphrase` and `passphraseConfirm`.
 */
export function NewPassphraseFields({ label, confirmLabel }: { label: string; confirmLabel: string }) {
  const { t } = useTranslation();
  const form = Form.useFormInstance();
  const passphrase = Form.useWatch<string | undefined>('passphrase', form) ?? '';
  return (
    <>
      <Form.Item
        name="passphrase"
        label={label}
        extra={
          <>
            <div>{t('passphrase.advice', { min: minPassphraseLength })}</div>
            <PassphraseStrengthHint passphrase={passphrase} />
          </>
        }
        rules={[
          { required: true, message: t('passphrase.required') },
          { min: minPassphraseLength, message: t('passphrase.tooShort', { min: minPassphraseLength }) },
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={maxPassphraseLength} />
      </Form.Item>
      <Form.Item
        name="passphraseConfirm"
        label={confirmLabel}
        dependencies={['passphrase']}
        rules={[
          { required: true, message: t('passphrase.confirmRequired') },
          ({ getFieldValue }) => ({
            validator: (_rule, value: string | undefined) =>
              !value || value === getFieldValue('passphrase')
                ? Promise.resolve()
                : Promise.reject(new Error(t('passphrase.mismatch'))),
          }),
        ]}
      >
        <Input.Password autoComplete="new-password" maxLength={maxPassphraseLength} />
      </Form.Item>
    </>
  );
}
