import { AlertOutlined } from '@ant-design/icons';
import { Alert, Button, Card } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FollowUpItem, FollowUpSchedule } from '../../../../shared/schemas/crisis-records';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { CardTitle } from '../../app/CardTitle';
import { errorText } from '../../i18n/error-text';
import { longDate } from '../../sessions/note-time';
import { DueText } from './DueText';
import { LevelTag } from './LevelTag';
import './crisis-cases.css';

/**
 * The crisis follow-ups, first thing after unlocking: overdue and due today in full, the next
 * seven days in a quieter list. Nothing at all when no open case needs one this week.
 */
export function FollowUpsCard({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [schedule, setSchedule] = useState<FollowUpSchedule | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    void api.call('crisis.followUps', {}).then((result) => {
      if (result.ok) setSchedule(result.value);
      else setError(result.error);
    });
  }, []);

  if (error) return <Alert type="error" showIcon className="form-alert" title={errorText(t, error)} />;
  if (!schedule) return null;
  const urgent = [...schedule.overdue, ...schedule.dueToday];
  if (urgent.length === 0 && schedule.upcoming.length === 0) return null;

  const item = (entry: FollowUpItem) => (
    <li key={entry.caseId} className="follow-up">
      <Button type="link" className="follow-up__student" onClick={() => onOpenCase(entry.caseId)}>
        {entry.student.name}
      </Button>
      <LevelTag level={entry.level} />
      <span className="follow-up__stage">{t(`crisis.stages.${entry.stage}`)}</span>
      <DueText due={entry.due} />
      <span className="follow-up__contact">
        {entry.lastContactOn
          ? t('crisis.followUps.lastContact', { date: longDate(entry.lastContactOn, i18n.language) })
          : t('crisis.followUps.noContact')}
      </span>
    </li>
  );

  return (
    <Card
      className={urgent.length > 0 ? 'follow-ups follow-ups--urgent' : 'follow-ups'}
      data-testid="home-follow-ups"
      title={
        <CardTitle>
          <AlertOutlined aria-hidden="true" /> {t('crisis.followUps.title')}
        </CardTitle>
      }
    >
      {urgent.length > 0 && (
        <section aria-labelledby="follow-ups-urgent" data-testid="follow-ups-urgent">
          <h3 id="follow-ups-urgent" className="follow-ups__group">
            {t('crisis.followUps.urgent', { count: urgent.length })}
          </h3>
          <ul className="follow-ups__list">{urgent.map(item)}</ul>
        </section>
      )}
      {schedule.upcoming.length > 0 && (
        <section
          aria-labelledby="follow-ups-upcoming"
          className="follow-ups__upcoming"
          data-testid="follow-ups-upcoming"
        >
          <h3 id="follow-ups-upcoming" className="follow-ups__group">
            {t('crisis.followUps.upcoming')}
          </h3>
          <ul className="follow-ups__list">{schedule.upcoming.map(item)}</ul>
        </section>
      )}
    </Card>
  );
}
