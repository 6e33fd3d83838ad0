import type { Clock } from '../clock';

const checkEveryMs = 5_000;

/** Locks the vault once nobody has used the app for the configured number of minutes. */
export class IdleLock {
  private lastActivity: number;
  private readonly timer: NodeJS.Timeout;

  constructor(
    private readonly clock: Clock,
    private readonly minutes: () => number | null,
    private readonly lock: () => void,
  ) {
    this.lastActivity = clock.now();
    this.timer = setInterval(() => this.check(), checkEveryMs);
    this.timer.unref();
  }

  touch(): void {
    this.lastActivity = this.clock.now();
  }

  /** Locks when idle for too long; returns whether it did. */
  check(): boolean {
    const minutes = this.minutes();
    if (minutes === null || this.clock.now() - this.lastActivity < minutes * 60_000) return false;
    this.lock();
    return true;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
