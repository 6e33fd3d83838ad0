import { Button, Modal, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { CriticalAlertDialog } from '../CriticalAlertDialog';
import { asLanguage, textIn } from '../localized-text';
import type { ReturnNotice } from './self-report-mode';

/**
 * What the counselor sees on taking the screen back: that a refusal was recorded, or the
 * results that raised a critical rule, which need their attention at once.
 */
export function ReturnNoticeDialog({ notice, onClose }: { notice: ReturnNotice; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  if (notice.kind === 'ended') {
    return notice.critical.length > 0 ? <CriticalAlertDialog results={notice.critical} onClose={onClose} /> : null;
  }
  return (
    <Modal
      open
      title={t('selfReport.declined.title')}
      onCancel={onClose}
      footer={
        <Button type="primary" onClick={onClose}>
          {t('selfReport.declined.close')}
        </Button>
      }
    >
      <Typography.Paragraph data-testid="self-report-declined">
        {t('selfReport.declined.text', { title: textIn(notice.scaleTitle, asLanguage(i18n.language)) })}
      </Typography.Paragraph>
    </Modal>
  );
}
