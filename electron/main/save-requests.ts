import { savableFileExtensions, type SaveFileRequest, type SavePdfRequest } from '../../shared/contract/channel-names';
import { maxSuggestedNameLength } from './save-file-name';

/** 20 MB: a ledger of years of cases is well under 1 MB; more is a bug or a hostile page. */
export const maxSavedFileBytes = 20 * 1024 * 1024;
/** The base64 length of that many bytes, so an oversize request is refused before decoding. */
export const maxContentBase64Length = Math.ceil(maxSavedFileBytes / 3) * 4;

// Padded base64, as the backend's `z.base64()` sends it (Buffer would skip bad characters). A flat
// character class, with the length checked apart: a repeated group overflows the regex stack at 20 MB.
const base64 = /^[A-Za-z0-9+/]*={0,2}$/;

function isBase64(text: string): boolean {
  return text.length % 4 === 0 && base64.test(text);
}

function hasExactlyKeys(input: unknown, keys: readonly string[]): input is Record<string, unknown> {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) return false;
  const given = Object.keys(input).sort();
  return given.length === keys.length && [...keys].sort().every((key, index) => given[index] === key);
}

function isSuggestedName(value: unknown): value is string {
  return typeof value === 'string' && value.length <= maxSuggestedNameLength;
}

/** The request as the page may send it: exactly `{ suggestedName }`, a short string; else null. */
export function parseSavePdfRequest(input: unknown): SavePdfRequest | null {
  if (!hasExactlyKeys(input, ['suggestedName'])) return null;
  const { suggestedName } = input;
  return isSuggestedName(suggestedName) ? { suggestedName } : null;
}

/**
 * Exactly `{ suggestedName, extension, contentBase64 }`: a short name, an allowed extension, and
 * non-empty base64 of at most `maxSavedFileBytes`; else null, before any dialog opens.
 */
export function parseSaveFileRequest(input: unknown): SaveFileRequest | null {
  if (!hasExactlyKeys(input, ['suggestedName', 'extension', 'contentBase64'])) return null;
  const { suggestedName, extension, contentBase64 } = input;
  const allowedExtension = savableFileExtensions.find((allowed) => allowed === extension);
  if (!isSuggestedName(suggestedName) || allowedExtension === undefined) return null;
  if (typeof contentBase64 !== 'string' || contentBase64.length === 0) return null;
  if (contentBase64.length > maxContentBase64Length || !isBase64(contentBase64)) return null;
  return { suggestedName, extension: allowedExtension, contentBase64 };
}
