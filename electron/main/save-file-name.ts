/**
 * At most 80 UTF-16 units: even in CJK (3 bytes a unit) that stays, with `.pdf` or `.xlsx`, under
 * the 255-byte name limit of common file systems. The page's names are far shorter; a longer one
 * is a bug or a hostile page, and is refused rather than cut.
 */
export const maxSuggestedNameLength = 80;
const fallbackBaseName = 'document';

// Control and format characters (bidi overrides can disguise an extension) and line breaks.
const invisible = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu;
// Path separators and the other characters Windows refuses in a file name.
const forbidden = /[<>:"/\\|?*]/g;
const windowsReserved = /^(con|prn|aux|nul|com\d|lpt\d)(\..*)?$/i;

/**
 * The default name in the save dialog: one file name, never a path, on every platform. No
 * separators (so no `..` step), no invisible characters, no leading dot (hidden file) or dash
 * (read as an option by command-line tools), no trailing dot or space (Windows drops them), no
 * reserved device name; always ending in the one extension given (lower-case letters only).
 */
export function savedFileName(suggestedName: string, extension: string): string {
  let base = suggestedName.replace(invisible, '').replace(forbidden, '-').trim();
  base = base
    .replace(new RegExp(`\\.${extension}$`, 'i'), '')
    .replace(/^[.\s-]+/, '')
    .replace(/[.\s]+$/, '');
  if (windowsReserved.test(base)) base = `_${base}`;
  return `${base || fallbackBaseName}.${extension}`;
}
