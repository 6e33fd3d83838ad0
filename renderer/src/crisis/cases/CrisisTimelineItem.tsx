import { AlertOutlined } from '@ant-design/icons';
import { Button, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CrisisTimelineEntry } from '../../../../shared/schemas/session-lookups';
import { longDate } from '../../sessions/note-time';
import { requestCrisis } from './crisis-requests';
import { LevelTag } from './LevelTag';

/** A crisis event in the student's timeline: its day, what happened as a link to the case, the level and stage after it. */
export function CrisisTimelineItem({ entry }: { entry: CrisisTimelineEntry }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="timeline__entry" data-testid="timeline-crisis-event">
      <span className="timeline__when">
        {longDate(entry.date, i18n.language)}
        {entry.time && ` ${entry.time}`}
      </span>
      <Button
        type="link"
        className="timeline__link"
        icon={<AlertOutlined aria-hidden="true" />}
        onClick={() => requestCrisis({ kind: 'show', caseId: entry.caseId })}
      >
        {t(`crisis.events.${entry.eventType}`)}
      </Button>
      <span>
        <LevelTag level={entry.level} /> {t(`crisis.stages.${entry.stage}`)}
        {entry.corrected && <Tag>{t('crisis.timeline.corrected')}</Tag>}
      </span>
    </li>
  );
}
