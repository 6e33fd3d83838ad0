import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleResult } from '../../../../shared/schemas/scales';
import { maxPassphraseLength } from '../../../../shared/schemas/vault';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { errorText } from '../../i18n/error-text';

/**
 * A small control in the corner, in the counselor's language: their passphrase ends the mode.
 * Answers still on their way are sent first, so ending never loses one.
 */
export function CounselorExit({
  beforeExit,
  onEnded,
}: {
  beforeExit: () => Promise<boolean>;
  onEnded: (critical: ScaleResult[]) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ passphrase: string }>();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);

  const close = () => {
    setOpen(false);
    setError(null);
    form.resetFields();
  };

  const end = async ({ passphrase }: { passphrase: string }) => {
    setBusy(true);
    setError(null);
    await beforeExit();
    const result = await api.call('scales.exitSelfReport', { passphrase });
    setBusy(false);
    form.resetFields();
    if (!result.ok) return setError(result.error);
    setOpen(false);
    onEnded(result.value.critical);
  };

  return (
    <>
      <Button type="link" size="small" className="self-report__counselor" onClick={() => setOpen(true)}>
        {t('selfReport.exit.open')}
      </Button>
      <Modal
        open={open}
        title={t('selfReport.exit.title')}
        onCancel={close}
        destroyOnHidden
        footer={[
          <Button key="cancel" onClick={close} disabled={busy}>
            {t('selfReport.exit.cancel')}
          </Button>,
          <Button key="end" type="primary" loading={busy} onClick={() => form.submit()}>
            {t('selfReport.exit.submit')}
          </Button>,
        ]}
      >
        <Typography.Paragraph>{t('selfReport.exit.intro')}</Typography.Paragraph>
        <Form form={form} layout="vertical" requiredMark={false} onFinish={(values) => void end(values)}>
          <Form.Item
            name="passphrase"
            label={t('selfReport.exit.passphrase')}
            rules={[{ required: true, message: t('unlock.passphraseRequired') }]}
          >
            <Input.Password autoFocus autoComplete="current-password" maxLength={maxPassphraseLength} />
          </Form.Item>
        </Form>
        {error && <Alert type="error" showIcon data-testid="self-report-exit-error" title={errorText(t, error)} />}
      </Modal>
    </>
  );
}
