/** The backend hears about activity at most this often; its idle timer needs no finer grain. */
export const touchIntervalMs = 30_000;

/**
 * When the counselor last used the app, and whether the backend should be told now. Pure, so
 * the throttling can be tested without timers.
 */
export class ActivityClock {
  private lastActivity: number;
  private lastTouch: number;

  /** `now` is when the vault opened; opening it already counted as activity on both sides. */
  constructor(now: number) {
    this.lastActivity = now;
    this.lastTouch = now;
  }

  /** Records a keypress, click, scroll or touch; true when a `vault.touch` is due. */
  recordActivity(now: number): boolean {
    this.lastActivity = now;
    if (now - this.lastTouch < touchIntervalMs) return false;
    this.lastTouch = now;
    return true;
  }

  isIdle(now: number, autoLockMinutes: number): boolean {
    return now - this.lastActivity >= autoLockMinutes * 60_000;
  }
}
