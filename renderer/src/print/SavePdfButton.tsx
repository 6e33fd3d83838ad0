import { FilePdfOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostSavePdf } from '../api/host-capabilities';
import { useShowSaveOutcome } from './save-outcome-message';

/**
 * 保存为 PDF beside Print, in the Electron app only: the page's print sheet becomes the PDF,
 * saved where the counselor picks. Nothing shows where the host cannot do it.
 */
export function SavePdfButton({ fileName }: { fileName: string }) {
  const { t } = useTranslation();
  const showOutcome = useShowSaveOutcome();
  const [busy, setBusy] = useState(false);
  const savePdf = hostSavePdf();
  if (!savePdf) return null;

  const save = async () => {
    setBusy(true);
    showOutcome(await savePdf({ suggestedName: fileName }), 'pdf');
    setBusy(false);
  };
  return (
    <Button icon={<FilePdfOutlined aria-hidden="true" />} loading={busy} onClick={() => void save()}>
      {t('print.savePdf')}
    </Button>
  );
}
