import { Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Settings } from '../../../shared/schemas/settings';
import { CategoriesCard } from './CategoriesCard';
import { ChangePassphraseForm } from './ChangePassphraseForm';
import { CrisisPolicyCard } from './CrisisPolicyCard';
import { HotlinesCard } from './HotlinesCard';
import { categoryList, flagList } from './labelled-lists';
import { SettingsForm } from './SettingsForm';
import { TemplatesCard } from './TemplatesCard';

export function SettingsPage({ settings, onSaved }: { settings: Settings; onSaved: (settings: Settings) => void }) {
  const { t } = useTranslation();
  return (
    <div className="page page--narrow">
      <Typography.Title level={1} className="page-title">
        {t('settings.title')}
      </Typography.Title>
      <Tabs
        items={[
          {
            key: 'general',
            label: t('settings.tabs.general'),
            children: (
              <>
                <SettingsForm settings={settings} onSaved={onSaved} />
                <ChangePassphraseForm />
              </>
            ),
          },
          {
            key: 'catalog',
            label: t('settings.tabs.catalog'),
            children: (
              <>
                <CategoriesCard list={categoryList} />
                <TemplatesCard />
                <CategoriesCard list={flagList} />
              </>
            ),
          },
          {
            key: 'crisis',
            label: t('crisisPolicy.settingsTab'),
            children: (
              <>
                <HotlinesCard />
                <CrisisPolicyCard />
              </>
            ),
          },
        ]}
      />
    </div>
  );
}
