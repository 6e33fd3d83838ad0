import { Alert, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelfReportSession } from '../../../../shared/schemas/scales';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { errorText } from '../../i18n/error-text';
import { textIn } from '../localized-text';
import { enterFullscreen } from './fullscreen';
import type { Handover } from './self-report-mode';

/**
 * The student is asked first (tests are never forced): what this is, that it is voluntary, that
 * they may stop, who reads it. Both answers are recorded; the two buttons weigh the same so
 * neither looks like the expected one. Worded in the questionnaire's language.
 */
export function ConsentScreen({
  handover,
  onStarted,
  onDeclined,
  onCancel,
}: {
  handover: Handover;
  onStarted: (session: SelfReportSession) => void;
  onDeclined: () => void;
  onCancel: () => void;
}) {
  const { t: counselorT, i18n } = useTranslation();
  const t = i18n.getFixedT(handover.language);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);

  const answer = async (consent: 'given' | 'declined') => {
    // Asked for inside the click: browsers grant full screen only to a user's gesture.
    if (consent === 'given') enterFullscreen();
    setBusy(true);
    setError(null);
    const { studentId, scaleHash, language } = handover;
    const result = await api.call('scales.startSelfReport', { studentId, scaleHash, language, consent });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    if (consent === 'declined') return onDeclined();
    if (result.value.session) return onStarted(result.value.session);
    setError({ code: 'INTERNAL', message: 'The consent was recorded but no questionnaire came back.' });
  };

  return (
    <main className="self-report" lang={handover.language} data-testid="self-report-consent">
      <div className="self-report__column">
        <h1 className="self-report__heading">{t('selfReport.consent.title')}</h1>
        <p className="self-report__text">
          {t('selfReport.consent.what', {
            title: handover.shortTitle[handover.language] ?? textIn(handover.scaleTitle, handover.language),
            count: handover.itemCount,
          })}
        </p>
        <p className="self-report__text">{t('selfReport.consent.voluntary')}</p>
        <p className="self-report__text">{t('selfReport.consent.stop')}</p>
        <p className="self-report__text">{t('selfReport.consent.readers')}</p>
        <p className="self-report__question">{t('selfReport.consent.question')}</p>
        <div className="self-report__pair">
          <Button size="large" className="self-report__option" disabled={busy} onClick={() => void answer('given')}>
            {t('selfReport.consent.agree')}
          </Button>
          <Button size="large" className="self-report__option" disabled={busy} onClick={() => void answer('declined')}>
            {t('selfReport.consent.decline')}
          </Button>
        </div>
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(t, error)} />}
      </div>
      <Button type="link" size="small" className="self-report__counselor" disabled={busy} onClick={onCancel}>
        {counselorT('selfReport.consent.cancel')}
      </Button>
    </main>
  );
}
