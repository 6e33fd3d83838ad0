import { Alert, Collapse, Modal, Spin } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConcernCategory } from '../../../shared/schemas/session-catalog';
import type { NoteHistory } from '../../../shared/schemas/sessions';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { errorText } from '../i18n/error-text';
import { dateTime } from './note-time';
import { NoteView } from './NoteView';

/** Every version of a signed note, newest first, each with who, when and why. */
export function HistoryDialog({
  noteId,
  categories,
  onClose,
}: {
  noteId: string;
  categories: ConcernCategory[];
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [history, setHistory] = useState<NoteHistory | null>(null);
  const [error, setError] = useState<ClientError | null>(null);

  useEffect(() => {
    void api.call('sessions.history', { noteId }).then((result) => {
      if (result.ok) setHistory(result.value);
      else setError(result.error);
    });
  }, [noteId]);

  const versions = history ? [...history.versions].reverse() : [];
  return (
    <Modal open title={t('notes.history.title')} footer={null} onCancel={onClose} width={860}>
      {error ? (
        <Alert type="error" showIcon title={errorText(t, error)} />
      ) : !history ? (
        <Spin />
      ) : (
        <Collapse
          data-testid="note-history"
          items={versions.map((version) => ({
            key: version.version,
            label: (
              <div className="history-entry">
                <strong>{t('notes.history.version', { version: version.version })}</strong>
                <span>
                  {t('notes.history.by', {
                    name: version.createdBy.displayName,
                    time: dateTime(version.createdAt, i18n.language),
                  })}
                </span>
                <span className="history-entry__reason">
                  {version.reason ? t('notes.history.reason', { reason: version.reason }) : t('notes.history.signed')}
                </span>
              </div>
            ),
            children: <NoteView content={version.content} template={version.template} categories={categories} />,
          }))}
        />
      )}
    </Modal>
  );
}
