import { App } from 'antd';
import { type ReactNode, useEffect, useMemo, useState } from 'react';
import type { ScaleResult, SelfReportSession } from '../../../../shared/schemas/scales';
import { api } from '../../api/api';
import { LoadingScreen } from '../../app/LoadingScreen';
import { ConsentScreen } from './ConsentScreen';
import { leaveFullscreen } from './fullscreen';
import { ReturnNoticeDialog } from './ReturnNoticeDialog';
import { type ModeState, type SelfReportControls, SelfReportControlsContext } from './self-report-mode';
import { SelfReportScreen } from './SelfReportScreen';
import './self-report.css';

/** The file to return to: known from the start, or found from the results or the unfinished list after a reload. */
async function studentOf(session: SelfReportSession, known: string | null, critical: ScaleResult[]) {
  if (known) return known;
  const fromResult = critical[0]?.studentId;
  if (fromResult) return fromResult;
  const unfinished = await api.call('scales.listSelfReports', {});
  return unfinished.ok ? (unfinished.value.find((summary) => summary.id === session.id)?.studentId ?? null) : null;
}

/**
 * Around the open app: while a student answers a questionnaire, only the questionnaire is
 * drawn, so nothing else can be reached from it. The backend is asked first, so a reload in the
 * middle lands back in the questionnaire. Rendered only while the vault is open: locking
 * unmounts it, and the next unlock asks again (the backend ends the mode when it locks).
 */
export function SelfReportBoundary({ children }: { children: (studentId: string | null) => ReactNode }) {
  const [mode, setMode] = useState<ModeState>({ kind: 'checking' });

  useEffect(() => {
    void api.call('scales.currentSelfReport', {}).then((result) => {
      const found: ModeState =
        result.ok && result.value
          ? { kind: 'on', session: result.value, studentId: null }
          : { kind: 'off', studentId: null, notice: null };
      // Settles the first check only; a late answer never undoes what the counselor did since.
      setMode((current) => (current.kind === 'checking' ? found : current));
    });
  }, []);

  // The counselor's passing notes ("file saved") are not for the student's eyes.
  const { message, notification } = App.useApp();
  const studentScreen = mode.kind === 'consent' || mode.kind === 'on';
  useEffect(() => {
    if (!studentScreen) return;
    message.destroy();
    notification.destroy();
  }, [studentScreen, message, notification]);

  const controls = useMemo<SelfReportControls>(
    () => ({
      handOver: (handover) => setMode({ kind: 'consent', handover }),
      resumed: (session, studentId) => setMode({ kind: 'on', session, studentId }),
    }),
    [],
  );

  switch (mode.kind) {
    case 'checking':
      return <LoadingScreen />;
    case 'consent': {
      const { handover } = mode;
      return (
        <ConsentScreen
          handover={handover}
          onStarted={(session) => setMode({ kind: 'on', session, studentId: handover.studentId })}
          onDeclined={() =>
            setMode({
              kind: 'off',
              studentId: handover.studentId,
              notice: { kind: 'declined', scaleTitle: handover.scaleTitle },
            })
          }
          onCancel={() => setMode({ kind: 'off', studentId: handover.studentId, notice: null })}
        />
      );
    }
    case 'on': {
      const { session, studentId } = mode;
      const ended = async (critical: ScaleResult[]) => {
        leaveFullscreen();
        setMode({
          kind: 'off',
          studentId: await studentOf(session, studentId, critical),
          notice: { kind: 'ended', critical },
        });
      };
      return <SelfReportScreen session={session} onEnded={(critical) => void ended(critical)} />;
    }
    case 'off':
      return (
        <SelfReportControlsContext value={controls}>
          {children(mode.studentId)}
          {mode.notice && (
            <ReturnNoticeDialog notice={mode.notice} onClose={() => setMode({ ...mode, notice: null })} />
          )}
        </SelfReportControlsContext>
      );
  }
}
