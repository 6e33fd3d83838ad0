import type { Snippet, SnippetField, TextRange } from '../../../shared/schemas/session-lookups';
import { indexTokens, type QueryTerm, type Token } from './search-tokens';

/** A piece of a note's text that is indexed and searched, in the order the note shows it. */
export interface NoteField {
  field: SnippetField;
  text: string;
}

export const snippetContextBefore = 20;
export const snippetLength = 80;

function tokenMatches(token: Token, wanted: string, prefix: boolean): boolean {
  return prefix ? token.text.startsWith(wanted) : token.text === wanted;
}

/**
 * Where a term occurs in a text, found on the same tokens the index holds, so a hit of the
 * index always has its ranges here. Overlapping ranges (哈哈 in 哈哈哈) are merged.
 */
export function findRanges(text: string, terms: QueryTerm[]): TextRange[] {
  const tokens = indexTokens(text);
  const ranges: TextRange[] = [];
  for (const term of terms) {
    const size = term.tokens.length;
    for (let index = 0; index + size <= tokens.length; index += 1) {
      const matches = term.tokens.every((wanted, offset) =>
        tokenMatches(tokens[index + offset]!, wanted, term.prefix && offset === size - 1),
      );
      if (!matches) continue;
      const last = tokens[index + size - 1]!;
      ranges.push({ start: tokens[index]!.start, end: term.prefix ? last.firstEnd : last.end });
    }
  }
  return mergeRanges(ranges);
}

export function mergeRanges(ranges: TextRange[]): TextRange[] {
  const sorted = [...ranges].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of sorted) {
    const previous = merged[merged.length - 1];
    if (previous && range.start <= previous.end) previous.end = Math.max(previous.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff;

/**
 * A window of the text around its first match, with the matches inside it as ranges of the
 * window. Line breaks and tabs become spaces (same length, so ranges stay right); the window
 * never cuts a character in half.
 */
export function cutSnippet(field: SnippetField, text: string, ranges: TextRange[]): Snippet {
  const first = ranges[0];
  let start = first ? Math.max(0, first.start - snippetContextBefore) : 0;
  let end = Math.min(text.length, Math.max(start + snippetLength, first?.end ?? 0));
  if (start > 0 && isLowSurrogate(text.charCodeAt(start))) start -= 1;
  if (end < text.length && isLowSurrogate(text.charCodeAt(end))) end += 1;
  const inside = ranges
    .filter((range) => range.start < end && range.end > start)
    .map((range) => ({ start: Math.max(range.start, start) - start, end: Math.min(range.end, end) - start }));
  return {
    field,
    text: text.slice(start, end).replace(/[\t\n\r]/g, ' '),
    ranges: inside,
    truncatedStart: start > 0,
    truncatedEnd: end < text.length,
  };
}

/** The snippet of the first field that holds a match; the start of the first field with text otherwise. */
export function noteSnippet(fields: NoteField[], terms: QueryTerm[]): Snippet {
  for (const { field, text } of fields) {
    const ranges = findRanges(text, terms);
    if (ranges.length > 0) return cutSnippet(field, text, ranges);
  }
  const fallback = fields.find((candidate) => candidate.text !== '') ?? fields[0];
  return cutSnippet(fallback?.field ?? { kind: 'plan' }, fallback?.text ?? '', []);
}
