import { Alert, Button, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleSummary } from '../../../shared/schemas/scales';
import { errorText } from '../i18n/error-text';
import { DistrictKeyCard } from './DistrictKeyCard';
import { PackCard } from './PackCard';
import { ScaleDetailDrawer } from './ScaleDetailDrawer';
import { ScaleListCard } from './ScaleListCard';
import { useScaleLibrary } from './use-scale-library';

/** The scales, then the district key and the pack that decide which of them may be used. */
export function ScaleLibraryTab() {
  const { t } = useTranslation();
  const { library, error, reload, replace } = useScaleLibrary();
  const [shown, setShown] = useState<ScaleSummary | null>(null);
  if (error) {
    return (
      <Alert
        type="error"
        showIcon
        title={errorText(t, error)}
        action={<Button onClick={reload}>{t('frame.retry')}</Button>}
      />
    );
  }
  if (!library) return <Spin />;
  return (
    <>
      <ScaleListCard library={library} onOpen={setShown} />
      <DistrictKeyCard districtKey={library.districtKey} onInstalled={replace} />
      <PackCard pack={library.pack} hasKey={library.districtKey !== null} onInstalled={replace} />
      <ScaleDetailDrawer scale={shown} onClose={() => setShown(null)} />
    </>
  );
}
