import { describe, expect, it } from 'vitest';
import { retryAfterMs, unlockDelayMs } from '../../../electron/backend/vault/unlock-throttle';

describe('the wait between unlock attempts', () => {
  it('is nothing for the first five failures, then doubles from 30 s up to an hour', () => {
    expect([0, 1, 4].map(unlockDelayMs)).toEqual([0, 0, 0]);
    expect([5, 6, 7, 8].map(unlockDelayMs)).toEqual([30_000, 60_000, 120_000, 240_000]);
    expect(unlockDelayMs(12)).toBe(3_600_000);
    expect(unlockDelayMs(500)).toBe(3_600_000);
  });

  it('counts from the last failure', () => {
    const last = '2026-09-01T08:00:00.000Z';
    const at = Date.parse(last);
    expect(retryAfterMs(5, last, at + 10_000)).toBe(20_000);
    expect(retryAfterMs(5, last, at + 30_000)).toBe(0);
    expect(retryAfterMs(5, null, at)).toBe(0);
  });
});
