import type { Session } from '../vault/vault-service';

export interface Sitting {
  /** The questionnaire on screen. */
  selfReportId: string;
  /** Results finished since the mode was entered, for the counselor when it ends. */
  finishedResultIds: string[];
}

/**
 * Whether the student self-report mode is on, kept in memory only. It belongs to one unlocked
 * session of the vault: once the vault locks (by the button, the idle timer, the window or a
 * restart) the mode is over, and only the counselor's passphrase opens the vault again.
 */
export class SelfReportMode {
  private sitting: (Sitting & { vaultSession: Session }) | null = null;

  constructor(private readonly openSession: () => Session | null) {}

  current(): Sitting | null {
    if (this.sitting && this.openSession() !== this.sitting.vaultSession) this.sitting = null;
    return this.sitting;
  }

  isOn(): boolean {
    return this.current() !== null;
  }

  enter(selfReportId: string, vaultSession: Session): void {
    this.sitting = { selfReportId, finishedResultIds: [], vaultSession };
  }

  /** Ends the mode; returns the sitting that was on, if any. */
  leave(): Sitting | null {
    const sitting = this.current();
    this.sitting = null;
    return sitting;
  }
}
