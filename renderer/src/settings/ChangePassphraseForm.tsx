import { Alert, App, Button, Card, Form, Radio, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UnlockMethod } from '../../../shared/schemas/vault';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { CardTitle } from '../app/CardTitle';
import { durationText } from '../i18n/duration';
import { errorText } from '../i18n/error-text';
import { NewPassphraseFields } from '../vault/NewPassphraseFields';
import { SecretField } from '../vault/SecretField';
import { useCountdown } from '../vault/use-countdown';

interface ChangeValues {
  method: UnlockMethod;
  current: string;
  passphrase: string;
  passphraseConfirm: string;
}

/** A new passphrase, proven by the current one or the recovery code. Rewraps the key only. */
export function ChangePassphraseForm() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ChangeValues>();
  const method = Form.useWatch('method', form) ?? 'passphrase';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const [retryAt, setRetryAt] = useState(0);
  const waitMs = useCountdown(retryAt);

  const change = async (values: ChangeValues) => {
    setBusy(true);
    setError(null);
    const result = await api.call('vault.changePassphrase', {
      method: values.method,
      current: values.current,
      next: values.passphrase,
    });
    setBusy(false);
    form.setFieldValue('current', '');
    if (!result.ok) {
      setError(result.error);
      if (result.error.retryAfterMs) setRetryAt(Date.now() + result.error.retryAfterMs);
      return;
    }
    form.resetFields();
    void message.success(t('changePassphrase.changed'));
  };

  return (
    <Card title={<CardTitle>{t('changePassphrase.title')}</CardTitle>} className="settings-card">
      <Typography.Paragraph type="secondary">{t('changePassphrase.intro')}</Typography.Paragraph>
      <Form<ChangeValues>
        name="change-passphrase"
        form={form}
        layout="vertical"
        requiredMark={false}
        initialValues={{ method: 'passphrase' }}
        onFinish={(values) => void change(values)}
        disabled={busy}
      >
        <Form.Item name="method" label={t('changePassphrase.proveWith')}>
          <Radio.Group
            optionType="button"
            onChange={() => form.setFieldValue('current', '')}
            options={[
              { value: 'passphrase', label: t('changePassphrase.withPassphrase') },
              { value: 'recovery-code', label: t('changePassphrase.withRecoveryCode') },
            ]}
          />
        </Form.Item>
        <SecretField key={method} name="current" method={method} passphraseLabel={t('changePassphrase.current')} />
        <NewPassphraseFields label={t('changePassphrase.next')} confirmLabel={t('changePassphrase.nextConfirm')} />
        {waitMs > 0 ? (
          <Alert
            className="form-alert"
            type="warning"
            showIcon
            title={t('unlock.waitText', { time: durationText(t, waitMs) })}
          />
        ) : (
          error && <Alert className="form-alert" type="error" showIcon title={errorText(t, error)} />
        )}
        <Button type="primary" htmlType="submit" loading={busy} disabled={waitMs > 0}>
          {t('changePassphrase.submit')}
        </Button>
      </Form>
    </Card>
  );
}
