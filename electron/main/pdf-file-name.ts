import type { SavePdfRequest } from '../../shared/contract/channel-names';

/**
 * At most 80 UTF-16 units: even in CJK (3 bytes a unit) that stays, with `.pdf`, under the
 * 255-byte name limit of common file systems. The page's names are far shorter; a longer one
 * is a bug or a hostile page, and is refused rather than cut.
 */
export const maxSuggestedNameLength = 80;
const fallbackBaseName = 'document';

// Control and format characters (bidi overrides can disguise an extension) and line breaks.
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
// Path separators and the other characters Windows refuses in a file name.
const forbidden = /[<>:"/\\|?*]/g;
const windowsReserved = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/** The request as the page may send it: exactly `{ suggestedName }`, a short string; else null. */
export function parseSavePdfRequest(input: unknown): SavePdfRequest | null {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return null;
  const keys = Object.keys(input);
  if (keys.length !== 1 || keys[0] !== 'suggestedName') return null;
  const { suggestedName } = input as { suggestedName: unknown };
  return typeof suggestedName === 'string' && suggestedName.length <= maxSuggestedNameLength ? { suggestedName } : null;
}

/**
 * The default name in the save dialog: one file name, never a path, on every platform. No
 * separators (so no `..` step), no invisible characters, no leading dot (hidden file) or dash
 * (read as an option by command-line tools), no trailing dot or space (Windows drops them), no
 * reserved device name; always `.pdf`.
 */
export function pdfFileName(suggestedName: string): string {
  let base = suggestedName.replace(invisible, '').replace(forbidden, '-').trim();
  base = base
    .replace(/\.pdf$/i, '')
    .replace(/^[.\s-]+/, '')
    .replace(/[.\s]+$/, '');
  if (windowsReserved.test(base)) base = `_${base}`;
  return `${base || fallbackBaseName}.pdf`;
}
