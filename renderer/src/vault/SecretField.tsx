import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { normalizeRecoveryCode } from '../../../shared/domain/recovery-code';
import { maxPassphraseLength, type UnlockMethod } from '../../../shared/schemas/vault';

/**
 * The secret that proves who is asking: the passphrase, or the recovery code. A code that cannot
 * be one is refused here, so a typo never counts as a failed attempt.
 */
export function SecretField({
  name,
  method,
  passphraseLabel,
  autoFocus = false,
}: {
  name: string;
  method: UnlockMethod;
  passphraseLabel: string;
  autoFocus?: boolean;
}) {
  const { t } = useTranslation();
  if (method === 'passphrase') {
    return (
      <Form.Item
        name={name}
        label={passphraseLabel}
        rules={[{ required: true, message: t('unlock.passphraseRequired') }]}
      >
        <Input.Password autoFocus={autoFocus} autoComplete="current-password" maxLength={maxPassphraseLength} />
      </Form.Item>
    );
  }
  return (
    <Form.Item
      name={name}
      label={t('unlock.recoveryCode')}
      extra={t('unlock.recoveryCodeHelp')}
      rules={[
        { required: true, message: t('unlock.recoveryCodeRequired') },
        {
          validator: (_rule, value: string | undefined) =>
            !value || normalizeRecoveryCode(value) !== null
              ? Promise.resolve()
              : Promise.reject(new Error(t('unlock.recoveryCodeFormat'))),
        },
      ]}
    >
      <Input
        autoFocus={autoFocus}
        className="recovery-code-input"
        autoComplete="off"
        spellCheck={false}
        placeholder={t('unlock.recoveryCodeExample')}
        maxLength={64}
      />
    </Form.Item>
  );
}
