import { normalizeForParsing, smallNumber } from './normalize-text';
import { splitGradePrefix } from './parse-grade';

/**
 * The class number in a cell: `3`, `03`, `3班`, `(3)班`, `三班`, `初二(3)班`, `七年级(1)班`,
 * `2024级3班`. A grade or entry year in front is skipped; 0 and numbers above 99 are not classes.
 */
export function parseClassNumber(text: string): number | null {
  const rest = splitGradePrefix(text)?.rest ?? normalizeForParsing(text);
  const match = /^(?:\d{4}级)?[-.·_]?(?:第)?\(?([\d一二三四五六七八九十]{1,3})\)?班?$/.exec(rest);
  const number = match ? smallNumber(match[1]!) : null;
  return number !== null && number >= 1 && number <= 99 ? number : null;
}
