import type { SavePdfRequest } from '../../../shared/contract/channel-names';

export type SavePdfOutcome =
  | { outcome: 'saved'; fileName: string }
  | { outcome: 'cancelled' }
  | { outcome: 'refusedTempFolder' }
  | { outcome: 'failed' };

export type SavePdf = (request: SavePdfRequest) => Promise<SavePdfOutcome>;

const failed: SavePdfOutcome = { outcome: 'failed' };

/** The host's reply as an outcome; anything else than the replies it sends counts as failed. */
export function savePdfOutcome(reply: unknown): SavePdfOutcome {
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

/**
 * Save as PDF through a native dialog, when the host offers it: Electron's preload does; the
 * browser host does not, and there the print dialog's own "Save as PDF" destination remains.
 * Never rejects.
 */
export function savePdfFrom(host: unknown): SavePdf | null {
  if (typeof host !== 'object' || host === null || !('savePdf' in host)) return null;
  const savePdf = host.savePdf;
  if (typeof savePdf !== 'function') return null;
  return async (request) => {
    try {
      return savePdfOutcome(await savePdf(request));
    } catch {
      return failed;
    }
  };
}

export function hostSavePdf(): SavePdf | null {
  return savePdfFrom(window.xinqing);
}
