import type { TextRange } from '../../../shared/schemas/session-lookups';

export interface TextPart {
  text: string;
  marked: boolean;
}

/**
 * Splits a snippet into plain and marked parts by the ranges the backend computed. Ranges are
 * sorted and clipped here, so overlapping or stray ones can never repeat or lose text.
 */
export function highlightParts(text: string, ranges: readonly TextRange[]): TextPart[] {
  const parts: TextPart[] = [];
  let at = 0;
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const start = Math.max(range.start, at);
    const end = Math.min(range.end, text.length);
    if (end <= start) continue;
    if (start > at) parts.push({ text: text.slice(at, start), marked: false });
    parts.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length) parts.push({ text: text.slice(at), marked: false });
  return parts;
}
