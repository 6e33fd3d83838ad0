import { SelfReportBoundary } from '../scales/self-report/SelfReportBoundary';
import { ProblemScreen } from '../vault/ProblemScreen';
import { RecoveryCodeScreen } from '../vault/RecoveryCodeScreen';
import { SetupScreen } from '../vault/SetupScreen';
import { UnlockScreen } from '../vault/UnlockScreen';
import { ConnectionProblemScreen } from './ConnectionProblemScreen';
import { LoadingScreen } from './LoadingScreen';
import { useLockShortcut } from './lock-shortcut';
import { MainFrame } from './MainFrame';
import { useFlushDraftsOnHide } from './use-flush-drafts-on-hide';
import { useIdleLock } from './use-idle-lock';
import { useVaultSession } from './use-vault-session';

/** Chooses the screen from the vault's state. */
export function App() {
  const session = useVaultSession();
  const { status, failure, recovery } = session;
  const unlocked = status?.state === 'unlocked';

  useLockShortcut(unlocked, () => void session.lock());
  useFlushDraftsOnHide();
  useIdleLock({
    autoLockMinutes: unlocked ? status.autoLockMinutes : null,
    onIdle: () => void session.lock(),
    onFoundLocked: session.lockedElsewhere,
  });

  if (failure) return <ConnectionProblemScreen error={failure} onRetry={() => void session.refresh()} />;
  if (!status) return <LoadingScreen />;
  switch (status.state) {
    case 'setup-needed':
      return <SetupScreen onSetUp={session.setUp} />;
    case 'locked':
      return <UnlockScreen status={status} onUnlocked={session.unlocked} />;
    case 'problem':
      return <ProblemScreen status={status} onCheckAgain={() => void session.refresh()} />;
    case 'unlocked':
      if (recovery) return <RecoveryCodeScreen notice={recovery} onDone={session.finishRecovery} />;
      // While a student answers a questionnaire the boundary draws only that, never the main frame.
      return (
        <SelfReportBoundary>
          {(studentId) => (
            <MainFrame
              status={status}
              initialStudentId={studentId}
              onLock={() => void session.lock()}
              onSettingsSaved={() => void session.refresh()}
            />
          )}
        </SelfReportBoundary>
      );
  }
}
