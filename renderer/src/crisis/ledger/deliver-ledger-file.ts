import type { LedgerFile } from '../../../../shared/schemas/crisis-records';
import type { HostSaveOutcome, SaveFile } from '../../api/host-capabilities';
import { bytesFromBase64, xlsxType } from './download-file';

export type OfferDownload = (fileName: string, bytes: Uint8Array<ArrayBuffer>, type: string) => void;

/**
 * Where the exported workbook goes: through the host's save dialog when it offers one (the app
 * cancels every browser download), else as the browser's own download. Null when the browser
 * took it, since a download reports nothing back.
 */
export async function deliverLedgerFile(
  file: LedgerFile,
  saveFile: SaveFile | null,
  offerDownload: OfferDownload,
): Promise<HostSaveOutcome | null> {
  if (saveFile) return saveFile({ suggestedName: file.fileName, extension: 'xlsx', contentBase64: file.content });
  offerDownload(file.fileName, bytesFromBase64(file.content), xlsxType);
  return null;
}
