/** Attempts allowed before any waiting starts. */
export const freeUnlockAttempts = 5;
const firstDelayMs = 30_000;
const maxDelayMs = 60 * 60_000;

/**
 * How long after the last failure the next attempt must wait: nothing for the first five
 * failures, then 30 s, doubling with each further failure, never more than an hour.
 */
export function unlockDelayMs(failedAttempts: number): number {
  if (failedAttempts < freeUnlockAttempts) return 0;
  return Math.min(maxDelayMs, firstDelayMs * 2 ** (failedAttempts - freeUnlockAttempts));
}

export function retryAfterMs(failedAttempts: number, lastFailedAt: string | null, now: number): number {
  if (lastFailedAt === null) return 0;
  const waitUntil = Date.parse(lastFailedAt) + unlockDelayMs(failedAttempts);
  return Math.max(0, waitUntil - now);
}
