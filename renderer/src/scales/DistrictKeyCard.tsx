import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, App, Card, Descriptions, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChannelOutput } from '../../../shared/contract/contract';
import type { DistrictKeyInfo, ScaleLibrary } from '../../../shared/schemas/scales';
import { api } from '../api/api';
import { CardTitle } from '../app/CardTitle';
import { dateTime } from '../sessions/note-time';
import { type DistrictFileContent, readDistrictFile } from './district-file';
import { FingerprintGroups } from './FingerprintGroups';
import { PickFileButton } from './PickFileButton';
import { type Refusal, RefusalAlert } from './RefusalAlert';

type KeyPreview = ChannelOutput<'scales.previewDistrictKey'>;

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
  const [picked, setPicked] = useState<{ file: DistrictFileContent; preview: KeyPreview } | null>(null);
  const [refusal, setRefusal] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  const pick = async (chosen: File) => {
    setRefusal(null);
    const file = await readDistrictFile(chosen);
    if (!file) return setRefusal('too-large');
    setBusy(true);
    const answer = await api.call('scales.previewDistrictKey', file);
    setBusy(false);
    if (answer.ok) setPicked({ file, preview: answer.value });
    else setRefusal(answer.error);
  };

  const install = async () => {
    if (!picked) return;
    setBusy(true);
    const answer = await api.call('scales.installDistrictKey', {
      ...picked.file,
      fingerprint: picked.preview.fingerprint,
    });
    setBusy(false);
    setPicked(null);
    if (!answer.ok) return setRefusal(answer.error);
    onInstalled(answer.value);
    void message.success(t('scales.districtKey.installed'));
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
        onCancel={() => setPicked(null)}
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
