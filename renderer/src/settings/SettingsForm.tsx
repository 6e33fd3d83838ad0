import { Alert, App, Button, Card, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  maxAutoLockMinutes,
  minAutoLockMinutes,
  type Settings,
  SettingsUpdate,
} from '../../../shared/schemas/settings';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { CardTitle } from '../app/CardTitle';
import { errorText } from '../i18n/error-text';
import { switchLanguage } from '../i18n/i18n';
import { LanguageChoice } from '../i18n/LanguageChoice';

/** The school-wide settings, read from and saved to the encrypted database. */
export function SettingsForm({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<Settings>();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);

  const save = async (values: Settings) => {
    setBusy(true);
    setError(null);
    const result = await api.call('settings.update', {
      schoolName: values.schoolName.trim(),
      schoolCode: values.schoolCode.trim(),
      counselorName: values.counselorName.trim(),
      language: values.language,
      autoLockMinutes: values.autoLockMinutes,
    });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    await switchLanguage(result.value.language);
    form.setFieldsValue(result.value);
    onSaved(result.value);
    // i18n.t, not t: this render's t still speaks the language from before the save.
    void message.success(i18n.t('settings.saved'));
  };

  return (
    <Form<Settings>
      name="settings"
      form={form}
      layout="vertical"
      requiredMark={false}
      initialValues={settings}
      onFinish={(values) => void save(values)}
      disabled={busy}
    >
      <Card title={<CardTitle>{t('settings.schoolSection')}</CardTitle>} className="settings-card">
        <Form.Item
          name="schoolName"
          label={t('fields.schoolName')}
          rules={[{ required: true, whitespace: true, message: t('fields.schoolNameRequired') }]}
        >
          <Input maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="schoolCode"
          label={t('fields.schoolCode')}
          extra={t('fields.schoolCodeHelp')}
          rules={[
            {
              validator: (_rule, value: string | undefined) =>
                SettingsUpdate.shape.schoolCode.safeParse(value ?? '').success
                  ? Promise.resolve()
                  : Promise.reject(new Error(t('fields.schoolCodeFormat'))),
            },
          ]}
        >
          <Input maxLength={32} autoComplete="off" spellCheck={false} className="school-code-input" />
        </Form.Item>
        <Form.Item
          name="counselorName"
          label={t('fields.counselorName')}
          extra={t('fields.counselorNameHelp')}
          rules={[{ required: true, whitespace: true, message: t('fields.counselorNameRequired') }]}
        >
          <Input maxLength={50} autoComplete="off" />
        </Form.Item>
      </Card>
      <Card title={<CardTitle>{t('settings.interfaceSection')}</CardTitle>} className="settings-card">
        <Form.Item name="language" label={t('fields.language')} extra={t('settings.languageHelp')}>
          <LanguageChoice />
        </Form.Item>
        <Form.Item
          name="autoLockMinutes"
          label={t('fields.autoLockMinutes')}
          extra={t('settings.autoLockHelp', { min: minAutoLockMinutes, max: maxAutoLockMinutes })}
          rules={[
            {
              required: true,
              type: 'integer',
              min: minAutoLockMinutes,
              max: maxAutoLockMinutes,
              message: t('settings.autoLockRange', { min: minAutoLockMinutes, max: maxAutoLockMinutes }),
            },
          ]}
        >
          <InputNumber
            min={minAutoLockMinutes}
            max={maxAutoLockMinutes}
            precision={0}
            suffix={t('settings.minutes')}
            className="auto-lock-input"
          />
        </Form.Item>
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(t, error)} />}
        <Button type="primary" htmlType="submit" loading={busy}>
          {t('settings.save')}
        </Button>
      </Card>
    </Form>
  );
}
