/** The groups of a formatted recovery code (`3F9A-07C2-…`). */
export function recoveryGroups(code: string): string[] {
  return code.split('-');
}

/**
 * Whether what the counselor retyped is the group at `index`: case, surrounding spaces and the
 * letter O for zero are forgiven, as when unlocking.
 */
export function groupMatches(code: string, index: number, typed: string): boolean {
  const group = recoveryGroups(code)[index];
  return group !== undefined && typed.trim().toUpperCase().replace(/O/g, '0') === group;
}
