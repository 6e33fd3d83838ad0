import { ImportOutlined } from '@ant-design/icons';
import { App, Card, Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { InstalledPackInfo, ScaleLibrary } from '../../../shared/schemas/scales';
import { api } from '../api/api';
import { CardTitle } from '../app/CardTitle';
import { dateTime, longDate } from '../sessions/note-time';
import { localIsoDate } from './local-date';
import { PackPreviewView } from './PackPreviewView';
import { PickFileButton } from './PickFileButton';
import { RefusalAlert } from './RefusalAlert';
import { useDistrictFileInstall } from './use-district-file-install';

/**
 * The district's signed scale pack: checked and shown before anything is installed; a refused
 * pack leaves the library exactly as it was.
 */
export function PackCard({
  pack,
  hasKey,
  onInstalled,
}: {
  pack: InstalledPackInfo | null;
  hasKey: boolean;
  onInstalled: (library: ScaleLibrary) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { picked, refusal, busy, pick, confirm, cancel } = useDistrictFileInstall({
    preview: (file) => api.call('scales.previewPack', file),
    install: (file) => api.call('scales.installPack', file),
    onInstalled,
  });

  const install = async () => {
    if (await confirm()) void message.success(t('scales.pack.installed'));
  };

  return (
    <Card
      className="settings-card"
      data-testid="pack-card"
      title={<CardTitle>{t('scales.pack.title')}</CardTitle>}
      extra={
        <PickFileButton
          accept=".xqpack"
          icon={<ImportOutlined aria-hidden="true" />}
          loading={busy}
          disabled={!hasKey}
          onPick={pick}
        >
          {t('scales.pack.import')}
        </PickFileButton>
      }
    >
      {pack ? (
        <Descriptions column={1} size="small" className="district-facts">
          <Descriptions.Item label={t('scales.pack.district')}>{pack.district}</Descriptions.Item>
          <Descriptions.Item label={t('scales.pack.issuedAt')}>
            {longDate(localIsoDate(new Date(pack.issuedAt)), i18n.language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('scales.pack.sequence')}>{pack.sequence}</Descriptions.Item>
          <Descriptions.Item label={t('scales.pack.installedAt')}>
            {dateTime(pack.installedAt, i18n.language)}
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Paragraph className="card-note">{t('scales.pack.none')}</Typography.Paragraph>
      )}
      {!hasKey && <Typography.Paragraph type="secondary">{t('scales.pack.needsKey')}</Typography.Paragraph>}
      {refusal && <RefusalAlert refusal={refusal} unchanged={t('scales.file.unchangedPack')} />}
      <Modal
        open={picked !== null}
        title={t('scales.pack.previewTitle')}
        okText={t('scales.pack.confirm')}
        cancelText={t('scales.pack.cancel')}
        confirmLoading={busy}
        onOk={() => void install()}
        onCancel={cancel}
        width={760}
        destroyOnHidden
      >
        {picked && <PackPreviewView preview={picked.preview} />}
      </Modal>
    </Card>
  );
}
