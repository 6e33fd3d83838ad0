import { CalendarOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Agenda, AgendaItem } from '../../../shared/schemas/session-lookups';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { CardTitle } from '../app/CardTitle';
import { errorText } from '../i18n/error-text';
import { longDate } from '../sessions/note-time';

const groups = ['overdue', 'today', 'thisWeek'] as const;

/** Appointments planned in the latest notes: overdue first, then today, then the rest of the week. */
export function AgendaCard({ onOpenStudent }: { onOpenStudent: (studentId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [agenda, setAgenda] = useState<Agenda | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    void api.call('sessions.agenda', {}).then((result) => {
      if (result.ok) setAgenda(result.value);
      else setError(result.error);
    });
  }, []);

  const item = (entry: AgendaItem) => (
    <li key={entry.noteId} className="agenda__item">
      <span className="agenda__when">
        {longDate(entry.date, i18n.language)}
        {entry.time && ` ${entry.time}`}
      </span>
      <Button type="link" className="agenda__name" onClick={() => onOpenStudent(entry.studentId)}>
        {entry.studentName}
      </Button>
      {entry.note && <span className="agenda__note">{entry.note}</span>}
    </li>
  );

  const empty = agenda && groups.every((group) => agenda[group].length === 0);
  return (
    <Card
      title={
        <CardTitle>
          <CalendarOutlined aria-hidden="true" /> {t('home.agenda.title')}
        </CardTitle>
      }
      className="home-card"
      data-testid="home-agenda"
    >
      {error ? (
        <Alert type="error" showIcon title={errorText(t, error)} />
      ) : !agenda ? (
        <Spin />
      ) : empty ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.agenda.empty')} />
      ) : (
        groups
          .filter((group) => agenda[group].length > 0)
          .map((group) => (
            <section key={group} className={`agenda agenda--${group}`}>
              <h3 className="agenda__group">{t(`home.agenda.${group}`)}</h3>
              <ul className="agenda__list">{agenda[group].map(item)}</ul>
            </section>
          ))
      )}
    </Card>
  );
}
