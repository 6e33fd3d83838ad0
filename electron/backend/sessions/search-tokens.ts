/**
 * The tokens of the notes' full-text index. SQLite's tokenizers cannot find a two-character
 * Chinese word (unicode61 keeps a run of Han characters as one token; trigram needs three
 * characters), so the backend tokenizes itself and stores space-separated tokens in an FTS5
 * table whose `ascii` tokenizer only splits on those spaces:
 *
 * - a run of CJK characters becomes its overlapping bigrams, then its last character alone:
 *   焦虑失眠 → 焦虑 虑失 失眠 眠. Any text of two or more characters is then a phrase of
 *   consecutive bigrams, and any single character is the first character of some token, so
 *   a one-character query is the prefix query `"焦" *`;
 * - any other run of letters and digits is one word, NFKC-normalised (full-width → ASCII) and
 *   lowercased;
 * - everything else (spaces, punctuation) separates tokens.
 *
 * Offsets are kept so the snippet can point at the original text.
 */

export interface Token {
  /** What the index stores. */
  text: string;
  /** Where the token starts and ends in the original text, in UTF-16 code units. */
  start: number;
  end: number;
  /** Where the token's first character ends: a one-character prefix match covers only that. */
  firstEnd: number;
}

/** A term of a query: its tokens form a phrase, the last one matched as a prefix when flagged. */
export interface QueryTerm {
  tokens: string[];
  prefix: boolean;
}

/** Goes between the fields of a note so no phrase matches across two of them; no query can contain it. */
export const fieldSeparatorToken = '\uE000';

const cjkRun = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/gu;
const wordRun = /[\p{L}\p{N}\p{M}]+/gu;
const notWordCharacter = /[^\p{L}\p{N}\p{M}]/gu;
/** The common CJK block is already in NFKC form; normalising only the rest saves most of the work. */
const unifiedIdeograph = /^[\u4e00-\u9fff]$/;

interface Character {
  text: string;
  start: number;
  end: number;
}

type Piece = { kind: 'cjk'; characters: Character[] } | { kind: 'word'; text: string; start: number; end: number };

function words(text: string, from: number, to: number): Piece[] {
  const gap = text.slice(from, to);
  return [...gap.matchAll(wordRun)].map((match) => ({
    kind: 'word' as const,
    text: match[0],
    start: from + match.index,
    end: from + match.index + match[0].length,
  }));
}

/** Splits text into CJK runs and the words between them, dropping what separates them. */
function pieces(text: string): Piece[] {
  const found: Piece[] = [];
  let previousEnd = 0;
  for (const run of text.matchAll(cjkRun)) {
    found.push(...words(text, previousEnd, run.index));
    const characters: Character[] = [];
    let offset = run.index;
    for (const character of run[0]) {
      const normalized = unifiedIdeograph.test(character) ? character : character.normalize('NFKC');
      characters.push({ text: normalized, start: offset, end: offset + character.length });
      offset += character.length;
    }
    found.push({ kind: 'cjk', characters });
    previousEnd = offset;
  }
  found.push(...words(text, previousEnd, text.length));
  return found;
}

/** A word as the index keeps it; NFKC can turn a character like ⑴ into `(1)`, so only letters and digits stay. */
function normalizeWord(word: string): string {
  return word.normalize('NFKC').toLowerCase().replace(notWordCharacter, '');
}

function bigrams(characters: Character[]): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index + 1 < characters.length; index += 1) {
    const first = characters[index]!;
    const second = characters[index + 1]!;
    tokens.push({ text: first.text + second.text, start: first.start, end: second.end, firstEnd: first.end });
  }
  return tokens;
}

function lastAlone(characters: Character[]): Token {
  const last = characters[characters.length - 1]!;
  return { text: last.text, start: last.start, end: last.end, firstEnd: last.end };
}

function pieceTokens(piece: Piece, closesRun: boolean): Token[] {
  if (piece.kind === 'word') {
    const text = normalizeWord(piece.text);
    return text === '' ? [] : [{ text, start: piece.start, end: piece.end, firstEnd: piece.end }];
  }
  return closesRun ? [...bigrams(piece.characters), lastAlone(piece.characters)] : bigrams(piece.characters);
}

/** The tokens the index stores for a text, in order. */
export function indexTokens(text: string): Token[] {
  return pieces(text).flatMap((piece) => pieceTokens(piece, true));
}

/**
 * The terms of a query: each whitespace-separated part is a phrase; all must occur. A term
 * ending in a CJK run leaves that run open (the note may go on after it): bigrams only, or a
 * prefix for a single character. Parts with no letters or characters (punctuation) drop out.
 */
export function queryTerms(query: string): QueryTerm[] {
  return query
    .split(/\s+/u)
    .map((part): QueryTerm => {
      const parts = pieces(part);
      const last = parts[parts.length - 1];
      const open = last?.kind === 'cjk';
      const tokens = parts.flatMap((piece) => pieceTokens(piece, piece !== last || !open));
      if (open && last.characters.length === 1) {
        return { tokens: [...tokens.map((token) => token.text), last.characters[0]!.text], prefix: true };
      }
      return { tokens: tokens.map((token) => token.text), prefix: false };
    })
    .filter((term) => term.tokens.length > 0);
}

/** The FTS5 query for the terms: quoted phrases joined by AND. Tokens hold letters only, never a quote. */
export function ftsQuery(terms: QueryTerm[]): string {
  return terms.map((term) => `"${term.tokens.join(' ')}"${term.prefix ? ' *' : ''}`).join(' AND ');
}
