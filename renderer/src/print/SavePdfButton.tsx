import { FilePdfOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hostSavePdf, type SavePdfOutcome } from '../api/host-capabilities';

/**
 * 保存为 PDF beside Print, in the Electron app only: the page's print sheet becomes the PDF,
 * saved where the counselor picks. Nothing shows where the host cannot do it.
 */
export function SavePdfButton({ fileName }: { fileName: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const savePdf = hostSavePdf();
  if (!savePdf) return null;

  const tell = (result: SavePdfOutcome) => {
    if (result.outcome === 'saved') void message.success(t('print.pdfSaved', { fileName: result.fileName }));
    else if (result.outcome === 'refusedTempFolder') void message.warning(t('print.pdfRefusedTemp'), 8);
    else if (result.outcome === 'failed') void message.error(t('print.pdfFailed'));
  };
  const save = async () => {
    setBusy(true);
    tell(await savePdf({ suggestedName: fileName }));
    setBusy(false);
  };
  return (
    <Button icon={<FilePdfOutlined aria-hidden="true" />} loading={busy} onClick={() => void save()}>
      {t('print.savePdf')}
    </Button>
  );
}
