import { FormOutlined } from '@ant-design/icons';
import { Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScaleResultTimelineEntry } from '../../../shared/schemas/session-lookups';
import { longDate } from '../sessions/note-time';
import { asLanguage, textIn } from './localized-text';
import { ScaleResultEntryLine } from './ScaleResultEntryLine';

/** A scale result in the student's timeline: its day, the scale as a link to the result, the score in one line. */
export function ScaleResultTimelineItem({
  entry,
  onOpen,
}: {
  entry: ScaleResultTimelineEntry;
  onOpen: (resultId: string) => void;
}) {
  const { i18n } = useTranslation();
  return (
    <li className="timeline__entry" data-testid="timeline-scale-result">
      <span className="timeline__when">{longDate(entry.date, i18n.language)}</span>
      <Button
        type="link"
        className="timeline__link"
        icon={<FormOutlined aria-hidden="true" />}
        onClick={() => onOpen(entry.resultId)}
      >
        {textIn(entry.title, asLanguage(i18n.language))}
      </Button>
      <ScaleResultEntryLine entry={entry} />
    </li>
  );
}
