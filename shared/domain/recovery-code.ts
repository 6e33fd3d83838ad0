/**
 * A recovery code is 128 random bits written as 32 hexadecimal digits in eight groups of four
 * (`3F9A-07C2-…`): only 0-9 and A-F, so nothing is ambiguous when copied by hand.
 */
export const recoveryCodeGroups = 8;
export const recoveryCodeGroupLength = 4;
export const recoveryCodeHexLength = recoveryCodeGroups * recoveryCodeGroupLength;

export function formatRecoveryCode(hexDigits: string): string {
  const upper = hexDigits.toUpperCase();
  const groups: string[] = [];
  for (let start = 0; start < upper.length; start += recoveryCodeGroupLength) {
    groups.push(upper.slice(start, start + recoveryCodeGroupLength));
  }
  return groups.join('-');
}

/**
 * What the counselor typed, reduced to the 32 hex digits, or null when it cannot be a code.
 * Spaces, hyphens and case are forgiven; the letter O is read as zero.
 */
export function normalizeRecoveryCode(typed: string): string | null {
  const digits = typed.replace(/[\s-]/g, '').toUpperCase().replace(/O/g, '0');
  return /^[0-9A-F]{32}$/.test(digits) ? digits : null;
}

/**
 * The two groups the counselor must retype at setup to show the code was written down. `random`
 * is a number in [0, 1) so callers choose the source; the groups are distinct and in order.
 */
export function recoveryGroupsToConfirm(random: number): [number, number] {
  const pairs: [number, number][] = [];
  for (let first = 0; first < recoveryCodeGroups; first += 1) {
    for (let second = first + 1; second < recoveryCodeGroups; second += 1) pairs.push([first, second]);
  }
  return pairs[Math.floor(random * pairs.length) % pairs.length]!;
}
