import { Alert, Button, Card, Form, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../shared/contract/contract';
import type { Language } from '../../../shared/schemas/common';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { CenteredLayout } from '../app/CenteredLayout';
import { errorText } from '../i18n/error-text';
import { switchLanguage } from '../i18n/i18n';
import { LanguageChoice } from '../i18n/LanguageChoice';
import { languageFromSystem } from '../i18n/language';
import { NewPassphraseFields } from './NewPassphraseFields';

interface SetupValues {
  schoolName: string;
  counselorName: string;
  passphrase: string;
  passphraseConfirm: string;
  language: Language;
}

/** First run: the school, the counselor and the passphrase that will guard the records. */
export function SetupScreen({
  onSetUp,
}: {
  onSetUp: (output: ChannelOutput<'vault.setup'>, schoolName: string) => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<SetupValues>();
  const [error, setError] = useState<ClientError | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (values: SetupValues) => {
    setBusy(true);
    setError(null);
    const result = await api.call('vault.setup', {
      schoolName: values.schoolName.trim(),
      counselorName: values.counselorName.trim(),
      passphrase: values.passphrase,
      language: values.language,
    });
    setBusy(false);
    if (result.ok) onSetUp(result.value, values.schoolName.trim());
    else setError(result.error);
  };

  return (
    <CenteredLayout>
      <Card>
        <Typography.Title level={2} className="screen-title">
          {t('setup.title')}
        </Typography.Title>
        <Typography.Paragraph className="screen-paragraph">{t('setup.intro')}</Typography.Paragraph>
        <Form<SetupValues>
          name="setup"
          form={form}
          layout="vertical"
          requiredMark={false}
          initialValues={{ language: languageFromSystem(navigator.languages) }}
          onFinish={(values) => void submit(values)}
          disabled={busy}
        >
          <Form.Item name="language" label={t('setup.language')}>
            <LanguageChoice onChange={(language) => void switchLanguage(language)} />
          </Form.Item>
          <Form.Item
            name="schoolName"
            label={t('fields.schoolName')}
            rules={[{ required: true, whitespace: true, message: t('fields.schoolNameRequired') }]}
          >
            <Input maxLength={100} placeholder={t('fields.schoolNameExample')} autoComplete="off" />
          </Form.Item>
          <Form.Item
            name="counselorName"
            label={t('fields.counselorName')}
            extra={t('fields.counselorNameHelp')}
            rules={[{ required: true, whitespace: true, message: t('fields.counselorNameRequired') }]}
          >
            <Input maxLength={50} placeholder={t('fields.counselorNameExample')} autoComplete="off" />
          </Form.Item>
          <NewPassphraseFields label={t('setup.passphrase')} confirmLabel={t('setup.passphraseConfirm')} />
          {error && <Alert className="form-alert" type="error" showIcon title={errorText(t, error)} />}
          <Button type="primary" htmlType="submit" size="large" block loading={busy}>
            {busy ? t('setup.submitting') : t('setup.submit')}
          </Button>
        </Form>
      </Card>
    </CenteredLayout>
  );
}
