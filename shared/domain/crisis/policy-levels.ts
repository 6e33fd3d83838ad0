import type { CrisisPolicy, WarningLevel } from '../../schemas/crisis-policy';

export function levelById(policy: CrisisPolicy, id: string): WarningLevel | undefined {
  return policy.levels.find((level) => level.id === id);
}

/** The policy's top level is the "imminent" one, whatever the school calls it. */
export function isTopLevel(policy: CrisisPolicy, id: string): boolean {
  const level = levelById(policy, id);
  return level !== undefined && policy.levels.every((other) => other.rank <= level.rank);
}

/**
 * The level a folded case is at. A folded state names only levels of the policy it was folded
 * with, so a miss means the caller mixed policies: a programming error, not a user's.
 */
export function levelOf(policy: CrisisPolicy, id: string): WarningLevel {
  const level = levelById(policy, id);
  if (!level) throw new Error(`level ${id} is not in the policy the case was folded with`);
  return level;
}
