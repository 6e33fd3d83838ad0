import { FileTextOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Empty, Spin } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TimelineEntry, TimelineEntryKind } from '../../../shared/schemas/session-lookups';
import type { ClientError } from '../api/client-result';
import { CardTitle } from '../app/CardTitle';
import { CrisisTimelineItem } from '../crisis/cases/CrisisTimelineItem';
import { errorText } from '../i18n/error-text';
import { ScaleResultTimelineItem } from '../scales/ScaleResultTimelineItem';
import { NoteEntryLine } from './NoteEntryLine';
import { longDate } from './note-time';
import type { NoteCatalog } from './use-note-catalog';

const kinds = TimelineEntryKind.options;

/** The student's notes, scale results and crisis events in the order they happened. */
export function StudentTimeline({
  entries,
  error,
  catalog,
  onOpenNote,
  onOpenResult,
  onNewNote,
}: {
  entries: TimelineEntry[] | null;
  error: ClientError | null;
  catalog: NoteCatalog | null;
  onOpenNote: (noteId: string) => void;
  onOpenResult: (resultId: string) => void;
  onNewNote: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [shownKinds, setShownKinds] = useState<TimelineEntryKind[]>([...kinds]);
  const shown = entries?.filter((entry) => shownKinds.includes(entry.kind)) ?? [];

  return (
    <Card
      title={<CardTitle>{t('timeline.title')}</CardTitle>}
      className="settings-card"
      data-testid="student-timeline"
      extra={
        <Button icon={<PlusOutlined aria-hidden="true" />} onClick={onNewNote}>
          {t('notes.new')}
        </Button>
      }
    >
      <Checkbox.Group
        aria-label={t('timeline.filter')}
        className="timeline-filter"
        value={shownKinds}
        onChange={(next) => setShownKinds(next)}
        options={kinds.map((kind) => ({ value: kind, label: t(`timeline.kinds.${kind}`) }))}
      />
      {error ? (
        <Alert type="error" showIcon title={errorText(t, error)} />
      ) : !entries || !catalog ? (
        <Spin />
      ) : shown.length === 0 ? (
        <Empty description={t('timeline.empty')} />
      ) : (
        <ol className="timeline">
          {shown.map((entry) => {
            if (entry.kind === 'scale-result') {
              return <ScaleResultTimelineItem key={entry.resultId} entry={entry} onOpen={onOpenResult} />;
            }
            if (entry.kind === 'crisis-event') {
              return <CrisisTimelineItem key={`${entry.caseId}-${entry.eventId ?? 'opening'}`} entry={entry} />;
            }
            return (
              <li key={entry.noteId} className="timeline__entry">
                <span className="timeline__when">
                  {longDate(entry.date, i18n.language)}
                  {entry.time && ` ${entry.time}`}
                </span>
                <Button
                  type="link"
                  className="timeline__link"
                  icon={<FileTextOutlined aria-hidden="true" />}
                  onClick={() => onOpenNote(entry.noteId)}
                >
                  {t(`timeline.kinds.${entry.kind}`)}
                </Button>
                <NoteEntryLine entry={entry} categories={catalog.categories} />
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
