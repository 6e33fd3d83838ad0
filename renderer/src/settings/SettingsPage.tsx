import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/schemas/settings';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { SettingsForm } from './SettingsForm';

export function SettingsPage({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <Typography.Title level={1} className="page-title">
        {t('settings.title')}
      </Typography.Title>
      <SettingsForm settings={settings} onSaved={onSaved} />
      <ChangePassphraseForm />
    </div>
  );
}
