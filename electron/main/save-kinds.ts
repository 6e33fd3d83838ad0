import type { SaveFileRequest, SavePdfRequest } from '../../shared/contract/channel-names';
import type { SaveKind } from './save-flow';
import { parseSaveFileRequest, parseSavePdfRequest } from './save-requests';

/** Save as PDF: the window's page, rendered with print media once the path is chosen. */
export function pdfSaveKind(renderPdf: () => Promise<Uint8Array>): SaveKind<SavePdfRequest> {
  return { parse: parseSavePdfRequest, extension: () => 'pdf', bytes: () => renderPdf() };
}

/** Save a file the page holds (the ledger workbook): its base64, checked by the parser, decoded. */
export const fileSaveKind: SaveKind<SaveFileRequest> = {
  parse: parseSaveFileRequest,
  extension: (request) => request.extension,
  bytes: (request) => Promise.resolve(Buffer.from(request.contentBase64, 'base64')),
};
