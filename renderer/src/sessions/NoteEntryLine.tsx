import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ConcernCategory } from '../../../shared/schemas/session-catalog';
import type { NoteTimelineEntry } from '../../../shared/schemas/session-lookups';
import { categoryLabel } from './NoteView';

/** A note in one line: number, kind and mode, concerns, status; the risk in words when there is one. */
export function NoteEntryLine({ entry, categories }: { entry: NoteTimelineEntry; categories: ConcernCategory[] }) {
  const { t, i18n } = useTranslation();
  const parts = [
    entry.noteStatus === 'final' && entry.sessionNumber !== null
      ? t('notes.header.sessionNumber', { number: entry.sessionNumber })
      : null,
    entry.sessionKind ? t(`notes.kinds.${entry.sessionKind}`) : null,
    entry.mode ? t(`notes.modes.${entry.mode}`) : null,
    entry.categories.map((code) => categoryLabel(code, categories, i18n.language)).join(t('notes.view.listSeparator')),
  ].filter((part): part is string => Boolean(part));
  const status = entry.noteStatus === 'draft' ? 'draft' : entry.amended ? 'amended' : 'signed';
  return (
    <span className="note-entry">
      <span>{parts.join(' · ')}</span>
      <Tag>{t(`timeline.status.${status}`)}</Tag>
      {entry.risk && entry.risk !== 'none' && <Tag>{t(`notes.risks.${entry.risk}`)}</Tag>}
    </span>
  );
}
