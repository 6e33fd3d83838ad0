import { ClockCircleOutlined, ExclamationCircleFilled } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { longDate } from '../../sessions/note-time';
import { today } from './day-count';
import { dueStanding } from './follow-up-due';

/** A follow-up's due day with its standing in words: overdue by so many days, today, or in so many. */
export function DueText({ due }: { due: string }) {
  const { t, i18n } = useTranslation();
  const standing = dueStanding(due, today());
  const date = longDate(due, i18n.language);
  switch (standing.kind) {
    case 'overdue':
      return (
        <span className="due due--overdue" data-testid="due-text">
          <ExclamationCircleFilled aria-hidden="true" />{' '}
          <strong>{t('crisis.due.overdue', { count: standing.days })}</strong> {t('crisis.due.dueOn', { date })}
        </span>
      );
    case 'today':
      return (
        <span className="due due--today" data-testid="due-text">
          <ClockCircleOutlined aria-hidden="true" /> <strong>{t('crisis.due.today')}</strong>
        </span>
      );
    case 'upcoming':
      return (
        <span className="due" data-testid="due-text">
          {date} {t('crisis.due.inDays', { count: standing.days })}
        </span>
      );
  }
}
