import { EditOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Empty, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DraftSummary } from '../../../shared/schemas/sessions';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { CardTitle } from '../app/CardTitle';
import { errorText } from '../i18n/error-text';
import { dateTime, longDate } from '../sessions/note-time';

/** Notes and amendments not yet signed: where work left off, also after a crash. */
export function DraftsCard({ onOpenNote }: { onOpenNote: (noteId: string) => void }) {
  const { t, i18n } = useTranslation();
  const [drafts, setDrafts] = useState<DraftSummary[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    void api.call('sessions.listDrafts', {}).then((result) => {
      if (result.ok) setDrafts(result.value);
      else setError(result.error);
    });
  }, []);

  return (
    <Card
      title={
        <CardTitle>
          <EditOutlined aria-hidden="true" /> {t('home.drafts.title')}
        </CardTitle>
      }
      className="home-card"
      data-testid="home-drafts"
    >
      {error ? (
        <Alert type="error" showIcon title={errorText(t, error)} />
      ) : !drafts ? (
        <Spin />
      ) : drafts.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.drafts.empty')} />
      ) : (
        <ul className="agenda__list">
          {drafts.map((draft) => (
            <li key={draft.noteId} className="agenda__item">
              <Button type="link" className="agenda__name" onClick={() => onOpenNote(draft.noteId)}>
                {draft.studentName}
              </Button>
              <span>
                {t(draft.purpose === 'amendment' ? 'home.drafts.amendment' : 'home.drafts.newNote')}
                {draft.date && ` · ${longDate(draft.date, i18n.language)}`}
              </span>
              <span className="agenda__note">
                {t('home.drafts.savedAt', { time: dateTime(draft.savedAt, i18n.language) })}
              </span>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
