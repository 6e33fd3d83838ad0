import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Card, Descriptions, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DistrictKeyInfo, ScaleLibrary } from '../../../shared/schemas/scales';
import { api } from '../api/api';
import { CardTitle } from '../app/CardTitle';
import { dateTime } from '../sessions/note-time';
import { FingerprintGroups } from './FingerprintGroups';
import { PickFileButton } from './PickFileButton';
import { RefusalAlert } from './RefusalAlert';
import { useDistrictFileInstall } from './use-district-file-install';

/**
 * The district center's public key, which every pack must be signed with. Installing shows the
 * fingerprint first, to be read out to the district center by phone: a key swapped on the way
 * (a USB stick, an e-mail) would otherwise be trusted silently.
 */
export function DistrictKeyCard({
  districtKey,
  onInstalled,
}: {
  districtKey: DistrictKeyInfo | null;
  onInstalled: (library: ScaleLibrary) => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const { picked, refusal, busy, pick, confirm, cancel } = useDistrictFileInstall({
    preview: (file) => api.call('scales.previewDistrictKey', file),
    install: (file, preview) => api.call('scales.installDistrictKey', { ...file, fingerprint: preview.fingerprint }),
    onInstalled,
  });

  const install = async () => {
    if (await confirm()) void message.success(t('scales.districtKey.installed'));
  };

  return (
    <Card
      className="settings-card"
      data-testid="district-key-card"
      title={<CardTitle>{t('scales.districtKey.title')}</CardTitle>}
      extra={
        <PickFileButton
          accept=".json"
          icon={<SafetyCertificateOutlined aria-hidden="true" />}
          loading={busy}
          onPick={pick}
        >
          {districtKey ? t('scales.districtKey.replace') : t('scales.districtKey.install')}
        </PickFileButton>
      }
    >
      {districtKey ? (
        <Descriptions column={1} size="small" className="district-facts">
          <Descriptions.Item label={t('scales.districtKey.district')}>{districtKey.district}</Descriptions.Item>
          <Descriptions.Item label={t('scales.districtKey.installedAt')}>
            {dateTime(districtKey.installedAt, i18n.language)}
          </Descriptions.Item>
          <Descriptions.Item label={t('scales.districtKey.fingerprint')}>
            <FingerprintGroups fingerprint={districtKey.fingerprint} label={t('scales.districtKey.fingerprint')} />
          </Descriptions.Item>
        </Descriptions>
      ) : (
        <Typography.Paragraph className="card-note">{t('scales.districtKey.none')}</Typography.Paragraph>
      )}
      {refusal && <RefusalAlert refusal={refusal} unchanged={t('scales.file.unchangedKey')} />}
      <Modal
        open={picked !== null}
        title={t('scales.districtKey.previewTitle')}
        okText={t('scales.districtKey.confirm')}
        cancelText={t('scales.districtKey.cancel')}
        confirmLoading={busy}
        onOk={() => void install()}
        onCancel={cancel}
        width={720}
        destroyOnHidden
      >
        {picked && (
          <>
            <Typography.Paragraph className="district-name">{picked.preview.district}</Typography.Paragraph>
            <Alert type="info" showIcon className="form-alert" title={t('scales.districtKey.readAloud')} />
            <FingerprintGroups fingerprint={picked.preview.fingerprint} label={t('scales.districtKey.fingerprint')} />
            {districtKey && (
              <Alert
                type="warning"
                showIcon
                title={t('scales.districtKey.replaces', { district: districtKey.district })}
              />
            )}
          </>
        )}
      </Modal>
    </Card>
  );
}
