import { PlayCircleOutlined } from '@ant-design/icons';
import { Alert, Button, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SelfReportSummary } from '../../../../shared/schemas/scales';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { errorText } from '../../i18n/error-text';
import { draftKeeper } from '../../sessions/draft-keeper-instance';
import { dateTime } from '../../sessions/note-time';
import { asLanguage, textIn } from '../localized-text';
import { enterFullscreen } from './fullscreen';
import { useSelfReportControls } from './self-report-mode';
import './self-report.css';

/**
 * The student's questionnaires that were interrupted (a lock, a closed window, the end of a
 * lesson), each resumable with its answers kept. Nothing is drawn when there are none.
 */
export function UnfinishedSelfReports({ studentId }: { studentId: string }) {
  const { t, i18n } = useTranslation();
  const controls = useSelfReportControls();
  const [unfinished, setUnfinished] = useState<SelfReportSummary[]>([]);
  const [error, setError] = useState<ClientError | null>(null);
  const [resuming, setResuming] = useState<string | null>(null);

  useEffect(() => {
    void api.call('scales.listSelfReports', {}).then((result) => {
      if (result.ok) setUnfinished(result.value.filter((summary) => summary.studentId === studentId));
      else setError(result.error);
    });
  }, [studentId]);

  const resume = async (sessionId: string) => {
    // Inside the click, where the browser allows it.
    enterFullscreen();
    setResuming(sessionId);
    setError(null);
    await draftKeeper.flushAll();
    const result = await api.call('scales.resumeSelfReport', { sessionId });
    setResuming(null);
    if (result.ok) controls.resumed(result.value, studentId);
    else setError(result.error);
  };

  if (error) return <Alert className="form-alert" type="error" showIcon title={errorText(t, error)} />;
  if (unfinished.length === 0) return null;
  return (
    <section className="unfinished-self-reports" data-testid="self-report-unfinished">
      <Typography.Text strong>{t('selfReport.unfinished.title')}</Typography.Text>
      <ul className="unfinished-self-reports__list">
        {unfinished.map((summary) => (
          <li key={summary.id} className="unfinished-self-reports__item">
            <div>
              <Typography.Text>{textIn(summary.title, asLanguage(i18n.language))}</Typography.Text>
              <br />
              <Typography.Text type="secondary">
                {t('selfReport.unfinished.progress', {
                  answered: summary.answered,
                  count: summary.itemCount,
                  started: dateTime(summary.startedAt, i18n.language),
                })}
              </Typography.Text>
            </div>
            <Button
              icon={<PlayCircleOutlined aria-hidden="true" />}
              loading={resuming === summary.id}
              disabled={resuming !== null}
              onClick={() => void resume(summary.id)}
            >
              {t('selfReport.unfinished.resume')}
            </Button>
          </li>
        ))}
      </ul>
    </section>
  );
}
