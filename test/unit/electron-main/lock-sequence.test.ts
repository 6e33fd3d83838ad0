import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { lockAfterPageSaves, lockGraceMs } from '../../../electron/main/lock-sequence';

function vaultAndPage(options: { page: boolean; pageLocksAfterMs?: number }) {
  const log: string[] = [];
  let unlocked = true;
  return {
    log,
    deps: {
      isUnlocked: () => unlocked,
      lock: () => {
        log.push('main locks');
        unlocked = false;
      },
      askPageToLock: () => {
        if (!options.page) return false;
        log.push('page asked');
        if (options.pageLocksAfterMs !== undefined) {
          setTimeout(() => {
            log.push('page saved and locked');
            unlocked = false;
          }, options.pageLocksAfterMs);
        }
        return true;
      },
      tellPageLocked: () => log.push('page told'),
    },
  };
}

describe('locking from outside the page', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('lets the page save and lock first', async () => {
    const { deps, log } = vaultAndPage({ page: true, pageLocksAfterMs: 300 });
    const done = lockAfterPageSaves(deps);
    await vi.advanceTimersByTimeAsync(400);
    await done;
    expect(log).toEqual(['page asked', 'page saved and locked', 'main locks', 'page told']);
  });

  it('locks by itself when the page does not answer within the grace period', async () => {
    const { deps, log } = vaultAndPage({ page: true });
    let finished = false;
    const done = lockAfterPageSaves(deps).then(() => (finished = true));
    await vi.advanceTimersByTimeAsync(lockGraceMs - 100);
    expect(finished).toBe(false);
    expect(deps.isUnlocked()).toBe(true);
    await vi.advanceTimersByTimeAsync(200);
    await done;
    expect(deps.isUnlocked()).toBe(false);
    expect(log).toEqual(['page asked', 'main locks', 'page told']);
  });

  it('locks at once when there is no page to ask', async () => {
    const { deps, log } = vaultAndPage({ page: false });
    await lockAfterPageSaves(deps);
    expect(log).toEqual(['main locks', 'page told']);
  });
});
