import { Alert, Descriptions, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { PackPreview } from '../../../shared/schemas/scales';
import { longDate } from '../sessions/note-time';
import { localIsoDate } from './local-date';
import { ScaleTitle } from './ScaleTitle';
import { OriginTags } from './ScaleTags';

/** What installing a pack would change: who issued it, what it approves, what it withdraws. */
export function PackPreviewView({ preview }: { preview: PackPreview }) {
  const { t, i18n } = useTranslation();
  return (
    <div data-testid="pack-preview">
      <Descriptions column={1} size="small" className="district-facts">
        <Descriptions.Item label={t('scales.pack.district')}>{preview.district}</Descriptions.Item>
        <Descriptions.Item label={t('scales.pack.issuedAt')}>
          {longDate(localIsoDate(new Date(preview.issuedAt)), i18n.language)}
        </Descriptions.Item>
        <Descriptions.Item label={t('scales.pack.sequence')}>{preview.sequence}</Descriptions.Item>
        {preview.note && (
          <Descriptions.Item label={t('scales.pack.note')}>
            <span className="pack-note">{preview.note}</span>
          </Descriptions.Item>
        )}
      </Descriptions>
      <Typography.Title level={3} className="section-heading">
        {t('scales.pack.scales')}
      </Typography.Title>
      <ul className="pack-scales">
        {preview.scales.map((scale) => (
          <li key={scale.hash}>
            <ScaleTitle title={scale.title} />
            <span className="pack-scales__version">{scale.version}</span>
            {scale.added && <Tag color="blue">{t('scales.pack.added')}</Tag>}
            <OriginTags origin={scale.origin} overridden={scale.overridden} />
          </li>
        ))}
      </ul>
      <Typography.Paragraph>{t('scales.pack.afterInstall')}</Typography.Paragraph>
      {preview.withdrawn.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="pack-withdrawn"
          title={t('scales.pack.withdrawn')}
          description={
            <>
              <p>{t('scales.pack.withdrawnHint')}</p>
              <ul className="pack-scales">
                {preview.withdrawn.map((scale) => (
                  <li key={scale.id}>
                    <ScaleTitle title={scale.title} />
                  </li>
                ))}
              </ul>
            </>
          }
        />
      )}
    </div>
  );
}
