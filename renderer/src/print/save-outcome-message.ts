import { App } from 'antd';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { HostSaveOutcome } from '../api/host-capabilities';

export interface SaveNotice {
  readonly type: 'success' | 'warning' | 'error';
  readonly text: string;
  /** Longer than the default for the refusal, which asks the counselor to choose again. */
  readonly seconds?: number;
}

/**
 * What a native save tells the counselor, the same for a PDF and a workbook except the failure,
 * which names what was not saved. A cancelled dialog says nothing.
 */
export function saveOutcomeNotice(t: TFunction, result: HostSaveOutcome, saved: 'pdf' | 'file'): SaveNotice | null {
  if (result.outcome === 'saved') return { type: 'success', text: t('print.pdfSaved', { fileName: result.fileName }) };
  if (result.outcome === 'refusedTempFolder') return { type: 'warning', text: t('print.pdfRefusedTemp'), seconds: 8 };
  if (result.outcome === 'failed') {
    return { type: 'error', text: saved === 'pdf' ? t('print.pdfFailed') : t('print.fileFailed') };
  }
  return null;
}

/** Shows a save's outcome as an antd message. */
export function useShowSaveOutcome(): (result: HostSaveOutcome, saved: 'pdf' | 'file') => void {
  const { t } = useTranslation();
  const { message } = App.useApp();
  return (result, saved) => {
    const notice = saveOutcomeNotice(t, result, saved);
    if (notice) void message[notice.type](notice.text, notice.seconds);
  };
}
