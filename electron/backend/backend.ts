import { classChecksHandlers } from './class-checks/class-checks-handlers';
import type { Clock } from './clock';
import { systemClock } from './clock';
import { crisisHandlers } from './crisis/crisis-handlers';
import { crisisPolicyHandlers } from './crisis-policy/crisis-policy-handlers';
import { dataPaths } from './data-folder';
import { BackendError } from './errors';
import { hotlinesHandlers } from './hotlines/hotlines-handlers';
import { createRouter, type Router } from './router';
import { safetyPlansHandlers } from './safety-plans/safety-plans-handlers';
import { scalesHandlers } from './scales/scales-handlers';
import { allowedDuringSelfReport } from './scales/self-report-gate';
import { SelfReportMode } from './scales/self-report-mode';
import { sessionsHandlers } from './sessions/sessions-handlers';
import { readSettings } from './settings/settings-service';
import { settingsHandlers } from './settings/settings-handlers';
import { studentsHandlers } from './students/students-handlers';
import { IdleLock } from './vault/idle-lock';
import { vaultHandlers } from './vault/vault-handlers';
import { VaultService } from './vault/vault-service';

export interface BackendOptions {
  dataFolder: string;
  clock?: Clock;
  nativeBinding?: string;
  scrypt?: { N: number; r: number; p: number };
  onInternalError?: (error: unknown) => void;
}

export interface Backend {
  router: Router;
  vault: VaultService;
  idleLock: IdleLock;
  /** Locks the vault (closing the database) and stops the idle timer. */
  close(): void;
}

/** Everything behind the contract, for one data folder. The hosts only bind `router`. */
export function createBackend(options: BackendOptions): Backend {
  const clock = options.clock ?? systemClock;
  const vault = new VaultService(
    { paths: dataPaths(options.dataFolder), clock, nativeBinding: options.nativeBinding, scrypt: options.scrypt },
    (session) => readSettings(session.connection, session.profileId).autoLockMinutes,
  );
  const idleLock = new IdleLock(
    clock,
    () => vault.autoLockMinutes(),
    () => vault.lock(),
  );
  const selfReport = new SelfReportMode(() => (vault.isUnlocked() ? vault.requireSession() : null));
  const router = createRouter(
    {
      ...vaultHandlers(vault),
      ...settingsHandlers(vault, clock),
      ...studentsHandlers(vault, clock),
      ...sessionsHandlers(vault, clock),
      ...scalesHandlers(vault, clock, selfReport),
      ...hotlinesHandlers(vault, clock),
      ...crisisPolicyHandlers(vault, clock),
      ...safetyPlansHandlers(vault, clock),
      ...classChecksHandlers(vault, clock),
      ...crisisHandlers(vault, clock),
    },
    {
      gate: (channel) =>
        selfReport.isOn() && !allowedDuringSelfReport(channel)
          ? new BackendError('SELF_REPORT_ACTIVE', 'A student is answering a questionnaire.')
          : null,
      onCall: (channel) => {
        if (channel !== 'vault.status') idleLock.touch();
      },
      onInternalError: options.onInternalError,
    },
  );
  return {
    router,
    vault,
    idleLock,
    close() {
      idleLock.stop();
      vault.lock();
    },
  };
}
