import { KeyOutlined, LockOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Form, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnlockMethod, VaultStatus } from '../../../shared/schemas/vault';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { CenteredLayout } from '../app/CenteredLayout';
import { durationText } from '../i18n/duration';
import { errorText } from '../i18n/error-text';
import { SecretField } from './SecretField';
import { useCountdown } from './use-countdown';

/** Opens the vault with the passphrase, or with the recovery code when it is forgotten. */
export function UnlockScreen({
  status,
  onUnlocked,
}: {
  status: VaultStatus;
  onUnlocked: (status: VaultStatus) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ secret: string }>();
  const [method, setMethod] = useState<UnlockMethod>('passphrase');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [failedAttempts, setFailedAttempts] = useState(status.failedAttempts);
  const [retryAt, setRetryAt] = useState(() => Date.now() + status.retryAfterMs);
  const waitMs = useCountdown(retryAt);
  const waiting = waitMs > 0;

  const switchMethod = () => {
    setMethod((current) => (current === 'passphrase' ? 'recovery-code' : 'passphrase'));
    setError(null);
    form.resetFields();
  };

  const unlock = async ({ secret }: { secret: string }) => {
    setBusy(true);
    setError(null);
    const result = await api.call('vault.unlock', { method, secret });
    setBusy(false);
    if (result.ok) return onUnlocked(result.value);
    setError(result.error);
    if (result.error.failedAttempts !== undefined) setFailedAttempts(result.error.failedAttempts);
    if (result.error.retryAfterMs) setRetryAt(Date.now() + result.error.retryAfterMs);
    form.resetFields();
  };

  const usingPassphrase = method === 'passphrase';
  const showError = error && !(waiting && (error.code === 'RATE_LIMITED' || error.code === 'WRONG_SECRET'));
  return (
    <CenteredLayout>
      <Card>
        <Typography.Title level={2} className="screen-title">
          <LockOutlined aria-hidden="true" /> {t('unlock.title')}
        </Typography.Title>
        <Typography.Paragraph className="screen-paragraph">
          {usingPassphrase ? t('unlock.introPassphrase') : t('unlock.introRecovery')}
        </Typography.Paragraph>
        <Form
          name="unlock"
          form={form}
          layout="vertical"
          requiredMark={false}
          onFinish={(values) => void unlock(values)}
        >
          <SecretField key={method} name="secret" method={method} passphraseLabel={t('unlock.passphrase')} autoFocus />
          {waiting && (
            <Alert
              className="form-alert"
              type="warning"
              showIcon
              data-testid="unlock-wait"
              title={t('unlock.waitTitle', { attempts: failedAttempts })}
              description={t('unlock.waitText', { time: durationText(t, waitMs) })}
            />
          )}
          {showError && (
            <Alert
              className="form-alert"
              type="error"
              showIcon
              data-testid="unlock-error"
              title={errorText(t, error)}
            />
          )}
          {!waiting && failedAttempts > 0 && (
            <Typography.Paragraph type="secondary">{t('unlock.attemptsWarning')}</Typography.Paragraph>
          )}
          <Button type="primary" htmlType="submit" size="large" block loading={busy} disabled={waiting}>
            {waiting ? t('unlock.waitButton', { time: durationText(t, waitMs) }) : t('unlock.submit')}
          </Button>
        </Form>
        <Button type="link" icon={<KeyOutlined aria-hidden="true" />} className="switch-method" onClick={switchMethod}>
          {usingPassphrase ? t('unlock.useRecoveryCode') : t('unlock.usePassphrase')}
        </Button>
      </Card>
    </CenteredLayout>
  );
}
