import iconv from 'iconv-lite';

export type TextEncoding = 'utf-8' | 'utf-16le' | 'gbk';

/**
 * Decodes a text file the way schools' files come: UTF-8 with or without a byte-order mark,
 * UTF-16 with its mark (Excel's "Unicode text"), or else GBK, what Excel writes on Chinese
 * Windows. Bytes that are valid UTF-8 are read as UTF-8, since GBK text almost never is. GBK is
 * decoded as GB 18030, its superset, which also covers rare characters in names.
 */
export function decodeText(bytes: Buffer): { text: string; encoding: TextEncoding } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strictUtf8(bytes.subarray(3)) ?? lenientUtf8(bytes.subarray(3)), encoding: 'utf-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: bytes.subarray(2).toString('utf16le'), encoding: 'utf-16le' };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: iconv.decode(bytes, 'gb18030'), encoding: 'gbk' };
}

function strictUtf8(bytes: Buffer): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

function lenientUtf8(bytes: Buffer): string {
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
}
