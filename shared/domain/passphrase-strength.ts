import { minPassphraseLength } from '../schemas/vault';

export type PassphraseStrength = 'too-short' | 'weak' | 'fair' | 'strong';

/**
 * A hint, not a gate (the gate is the minimum length): rewards length and variety of
 * character classes, and marks a passphrase made of one repeated or sequential run as weak.
 */
export function passphraseStrength(passphrase: string): PassphraseStrength {
  const characters = Array.from(passphrase);
  if (characters.length < minPassphraseLength) return 'too-short';
  const classes = [/\p{Ll}/u, /\p{Lu}/u, /\p{Nd}/u, /[^\p{L}\p{Nd}]/u, /\p{Script=Han}/u].filter((pattern) =>
    pattern.test(passphrase),
  ).length;
  const distinct = new Set(characters).size;
  if (distinct <= 3 || isSequential(characters)) return 'weak';
  const score = characters.length + classes * 4 + Math.min(distinct, 16);
  if (score >= 38) return 'strong';
  if (score >= 28) return 'fair';
  return 'weak';
}

function isSequential(characters: string[]): boolean {
  const codes = characters.map((character) => character.codePointAt(0) ?? 0);
  const step = codes[1]! - codes[0]!;
  if (Math.abs(step) !== 1) return false;
  return codes.every((code, index) => index === 0 || code - codes[index - 1]! === step);
}
