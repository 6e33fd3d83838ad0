import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleResult, SelfReportSession } from '../../../../shared/schemas/scales';
import { CounselorExit } from './CounselorExit';
import { Questionnaire } from './Questionnaire';
import { useAnswerSaving } from './use-answer-saving';

/**
 * The whole screen while a student answers: the questionnaire, then a thank-you with no score
 * and no band, and one small control only the counselor's passphrase gets through.
 */
export function SelfReportScreen({
  session,
  onEnded,
}: {
  session: SelfReportSession;
  onEnded: (critical: ScaleResult[]) => void;
}) {
  const { i18n } = useTranslation();
  const t = i18n.getFixedT(session.language);
  const saving = useAnswerSaving(session);
  const [finished, setFinished] = useState(session.finished);

  return (
    <main className="self-report" lang={session.language}>
      {finished ? (
        <div className="self-report__column" data-testid="self-report-thanks">
          <h1 className="self-report__heading">{t('selfReport.thanks.title')}</h1>
          <p className="self-report__text">{t('selfReport.thanks.saved')}</p>
          <p className="self-report__text">{t('selfReport.thanks.tellCounselor')}</p>
        </div>
      ) : (
        <Questionnaire session={session} saving={saving} onFinished={() => setFinished(true)} />
      )}
      <CounselorExit beforeExit={saving.flush} onEnded={onEnded} />
    </main>
  );
}
