import path from 'node:path';
import type { SavePdfReply } from '../../shared/contract/channel-names';
import type { IpcSenderEvent } from './ipc-sender';
import { parseSavePdfRequest, pdfFileName } from './pdf-file-name';

/** Owner read and write only, where the file system has modes: other accounts of the PC cannot read it. */
export const pdfFileMode = 0o600;

export interface SavePdfDeps {
  isTrusted(event: IpcSenderEvent): boolean;
  /** Records are shown only while the vault is open. */
  isUnlocked(): boolean;
  /** The native save dialog, opened with this file name; undefined when cancelled. */
  choosePath(fileName: string): Promise<string | undefined>;
  isInTempFolder(filePath: string): Promise<boolean>;
  /** The window's page rendered as PDF with print media. */
  renderPdf(): Promise<Uint8Array>;
  writeFile(filePath: string, data: Uint8Array, options: { mode: number; flag: 'w' }): Promise<void>;
  /** Gets the error only; the caller logs it without content. */
  onError(error: unknown): void;
}

export type SavePdfHandler = (event: IpcSenderEvent, input: unknown) => Promise<SavePdfReply>;

const failed: SavePdfReply = { saved: false, failed: true };
const notSaved: SavePdfReply = { saved: false };

/**
 * Save as PDF: the counselor picks the place, a temp folder is refused, then the page is
 * rendered and written. The vault is checked again after the dialog: the PC may have slept,
 * or the counselor locked, while it was open, and then the page no longer shows the record.
 * One dialog at a time, so a page cannot stack them. Only the file's name goes back.
 */
export function createSavePdfHandler(deps: SavePdfDeps): SavePdfHandler {
  let busy = false;
  return async (event, input) => {
    const request = parseSavePdfRequest(input);
    if (!deps.isTrusted(event) || request === null) return failed;
    if (busy || !deps.isUnlocked()) return notSaved;
    busy = true;
    try {
      const filePath = await deps.choosePath(pdfFileName(request.suggestedName));
      if (filePath === undefined || !deps.isUnlocked()) return notSaved;
      if (await deps.isInTempFolder(filePath)) return { saved: false, refused: 'tempFolder' };
      const pdf = await deps.renderPdf();
      await deps.writeFile(filePath, pdf, { mode: pdfFileMode, flag: 'w' });
      return { saved: true, fileName: path.basename(filePath) };
    } catch (error) {
      deps.onError(error);
      return failed;
    } finally {
      busy = false;
    }
  };
}
