import { Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { BrandMark } from './BrandMark';

/** The frame of every screen shown before the records open: the app's name above one column. */
export function CenteredLayout({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const { t } = useTranslation();
  return (
    <main className="centered-layout">
      <div className={wide ? 'centered-layout__column centered-layout__column--wide' : 'centered-layout__column'}>
        <div className="brand brand--centered">
          <BrandMark size={40} />
          <div>
            <Typography.Text strong className="brand__name">
              {t('app.name')}
            </Typography.Text>
            <Typography.Text type="secondary" className="brand__tagline">
              {t('app.tagline')}
            </Typography.Text>
          </div>
        </div>
        {children}
      </div>
    </main>
  );
}
