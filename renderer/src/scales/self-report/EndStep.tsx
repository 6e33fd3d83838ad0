import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import type { TFunction } from 'i18next';
import { type RefObject, useState } from 'react';
import type { SelfReportSession } from '../../../../shared/schemas/scales';
import type { ClientError } from '../../api/client-result';
import { api } from '../../api/api';
import { errorText } from '../../i18n/error-text';
import { unansweredCount } from './questionnaire-steps';
import type { AnswerSaving } from './use-answer-saving';

/**
 * The last page: says how many items were left out (skipping is allowed), then hands the
 * questionnaire in once every answer is stored. Nothing about the result is shown.
 */
export function EndStep({
  t,
  session,
  saving,
  headingRef,
  onBack,
  onFinished,
}: {
  t: TFunction;
  session: SelfReportSession;
  saving: AnswerSaving;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onBack: () => void;
  onFinished: () => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ClientError | null>(null);
  const left = unansweredCount(session.definition, saving.answers);

  const finish = async () => {
    setBusy(true);
    setError(null);
    const stored = await saving.flush();
    const result = stored ? await api.call('scales.finishSelfReport', { sessionId: session.id }) : null;
    setBusy(false);
    // Finished already (a second click that crossed the first): the student is done either way.
    if (result && (result.ok || result.error.code === 'SELF_REPORT_FINISHED')) return onFinished();
    if (result) setError(result.error);
  };

  return (
    <div className="self-report__end" data-testid="self-report-end">
      <h1 className="self-report__item" ref={headingRef} tabIndex={-1}>
        {t('selfReport.end.title')}
      </h1>
      {left > 0 && <p className="self-report__text">{t('selfReport.end.unanswered', { count: left })}</p>}
      <p className="self-report__text">{t('selfReport.end.hint')}</p>
      <div className="self-report__options">
        <Button
          block
          size="large"
          type="primary"
          className="self-report__option"
          loading={busy}
          onClick={() => void finish()}
        >
          {t('selfReport.end.finish')}
        </Button>
      </div>
      {error && <Alert className="form-alert" type="error" showIcon title={errorText(t, error)} />}
      <div className="self-report__nav">
        <Button size="large" icon={<ArrowLeftOutlined aria-hidden="true" />} disabled={busy} onClick={onBack}>
          {t('selfReport.back')}
        </Button>
      </div>
    </div>
  );
}
