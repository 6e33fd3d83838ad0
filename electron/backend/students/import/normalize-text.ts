/**
 * Text as the parsers compare it: full-width letters, digits and brackets made ASCII (NFKC),
 * no spaces, lower case. `初二（３）班` becomes `初二(3)班`.
 */
export function normalizeForParsing(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const chineseDigits = '一二三四五六七八九';

/** A number from 1 to 99 in digits (`03`) or Chinese numerals (三, 十二, 二十三), or null. */
export function smallNumber(text: string): number | null {
  if (/^\d{1,2}$/.test(text)) return Number(text);
  const match = /^(?:([一二三四五六七八九])?(十))?([一二三四五六七八九])?$/.exec(text);
  if (!match || text === '') return null;
  const [, tens, ten, ones] = match;
  const tensValue = ten ? (tens ? chineseDigits.indexOf(tens) + 1 : 1) : 0;
  const onesValue = ones ? chineseDigits.indexOf(ones) + 1 : 0;
  return tensValue * 10 + onesValue;
}
