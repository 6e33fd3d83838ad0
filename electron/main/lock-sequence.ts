/** Long enough to save a draft through IPC and SQLite; short enough that a sleeping PC locks. */
export const lockGraceMs = 2_000;
const pollMs = 50;

export interface LockSequenceDeps {
  isUnlocked(): boolean;
  /** Locks the vault (closing the database); harmless when already locked. */
  lock(): void;
  /** Asks the page to save and lock; false when there is no page to ask. */
  askPageToLock(): boolean;
  /** Tells the page the vault was locked from outside it. */
  tellPageLocked(): void;
}

/**
 * Locks from outside the page without losing what was just typed: the page is asked first, so
 * it can save its drafts and lock itself; if it has not within the grace period (hung, or gone),
 * the main process locks on its own. Resolves once the vault is locked.
 */
export function lockAfterPageSaves(deps: LockSequenceDeps, graceMs: number = lockGraceMs): Promise<void> {
  const finish = () => {
    deps.lock();
    deps.tellPageLocked();
  };
  if (!deps.isUnlocked() || !deps.askPageToLock()) {
    finish();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const startedAt = Date.now();
    const timer = setInterval(() => {
      if (deps.isUnlocked() && Date.now() - startedAt < graceMs) return;
      clearInterval(timer);
      finish();
      resolve();
    }, pollMs);
  });
}
