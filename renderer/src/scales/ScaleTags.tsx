import { CheckCircleOutlined, StopOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScaleOrigin } from '../../../shared/schemas/scales';

/** Approved or not, in words with an icon; the colour only repeats them. */
export function ApprovalTag({ approved }: { approved: boolean }) {
  const { t } = useTranslation();
  return approved ? (
    <Tag color="green" icon={<CheckCircleOutlined aria-hidden="true" />} className="status-tag">
      {t('scales.approval.approved')}
    </Tag>
  ) : (
    <Tag icon={<StopOutlined aria-hidden="true" />} className="status-tag">
      {t('scales.approval.notApproved')}
    </Tag>
  );
}

/** Where a scale comes from, and whether the district changed its bands. */
export function OriginTags({ origin, overridden }: { origin: ScaleOrigin; overridden: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Tag className="status-tag">{t(`scales.origin.${origin}`)}</Tag>
      {overridden && <Tag className="status-tag">{t('scales.overridden')}</Tag>}
    </>
  );
}
