import type { SaveFileRequest, SavePdfRequest } from '../../../shared/contract/channel-names';

export type HostSaveOutcome =
  | { outcome: 'saved'; fileName: string }
  | { outcome: 'cancelled' }
  | { outcome: 'refusedTempFolder' }
  | { outcome: 'failed' };

export type SavePdf = (request: SavePdfRequest) => Promise<HostSaveOutcome>;
export type SaveFile = (request: SaveFileRequest) => Promise<HostSaveOutcome>;

const failed: HostSaveOutcome = { outcome: 'failed' };

/** The host's reply as an outcome; anything else than the replies it sends counts as failed. */
export function hostSaveOutcome(reply: unknown): HostSaveOutcome {
  if (typeof reply !== 'object' || reply === null || !('saved' in reply)) return failed;
  if (reply.saved === true) {
    return 'fileName' in reply && typeof reply.fileName === 'string'
      ? { outcome: 'saved', fileName: reply.fileName }
      : failed;
  }
  if (reply.saved !== false || 'failed' in reply) return failed;
  if ('refused' in reply) return reply.refused === 'tempFolder' ? { outcome: 'refusedTempFolder' } : failed;
  return { outcome: 'cancelled' };
}

/** The host's save function of that name, wrapped to resolve to an outcome and never reject. */
function hostSaveFrom(host: unknown, name: 'savePdf' | 'saveFile') {
  if (typeof host !== 'object' || host === null || !(name in host)) return null;
  const save = (host as Record<typeof name, unknown>)[name];
  if (typeof save !== 'function') return null;
  return async (request: unknown): Promise<HostSaveOutcome> => {
    try {
      return hostSaveOutcome(await save(request));
    } catch {
      return failed;
    }
  };
}

/**
 * Save as PDF through a native dialog, when the host offers it: Electron's preload does; the
 * browser host does not, and there the print dialog's own "Save as PDF" destination remains.
 */
export function savePdfFrom(host: unknown): SavePdf | null {
  return hostSaveFrom(host, 'savePdf');
}

/**
 * Save bytes the page holds through the same native dialog: Electron's preload offers it, since
 * the app cancels browser downloads; the browser host does not, and there a download remains.
 */
export function saveFileFrom(host: unknown): SaveFile | null {
  return hostSaveFrom(host, 'saveFile');
}

export function hostSavePdf(): SavePdf | null {
  return savePdfFrom(window.xinqing);
}

export function hostSaveFile(): SaveFile | null {
  return saveFileFrom(window.xinqing);
}
