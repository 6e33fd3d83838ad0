import { Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { CenteredLayout } from './CenteredLayout';

export function LoadingScreen() {
  const { t } = useTranslation();
  return (
    <CenteredLayout>
      <div className="loading-screen" role="status">
        <Spin />
        <span>{t('app.loading')}</span>
      </div>
    </CenteredLayout>
  );
}
