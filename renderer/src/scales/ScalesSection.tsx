import { Tabs, type TabsProps, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ScaleLibraryTab } from './ScaleLibraryTab';
import { ScreeningTab } from './screening/ScreeningTab';
import './scales.css';

/** 量表测评: the scale library, and beside it the other scale work, one tab each. */
export function ScalesSection({ onOpenStudent }: { onOpenStudent: (studentId: string) => void }) {
  const { t } = useTranslation();
  const tabs: TabsProps['items'] = [
    { key: 'library', label: t('scales.tabs.library'), children: <ScaleLibraryTab /> },
    { key: 'screening', label: t('screening.tab'), children: <ScreeningTab onOpenStudent={onOpenStudent} /> },
  ];
  return (
    <div className="page page--wide">
      <Typography.Title level={1} className="page-title">
        {t('scales.title')}
      </Typography.Title>
      <Tabs items={tabs} />
    </div>
  );
}
