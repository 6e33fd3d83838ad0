import { Button, Card, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseView, LoggedEvent } from '../../../../shared/schemas/crisis-records';
import { CardTitle } from '../../app/CardTitle';
import { asLanguage } from '../../scales/localized-text';
import { dateTime } from '../../sessions/note-time';
import { type LineContext, factLines, openingLines } from './event-lines';
import { EventLines } from './EventLines';
import { dateTimeOf } from './when-text';

const anchor = (id: string) => `case-event-${id}`;

/** Moves focus to another entry of the timeline: a correction and what it corrects point at each other. */
function goTo(id: string) {
  const element = document.getElementById(anchor(id));
  element?.scrollIntoView({ block: 'center' });
  element?.focus();
}

/**
 * The append-only timeline, newest first: what happened when, who recorded it and when. A
 * corrected event stays as it was recorded, marked, with a link to its correction.
 */
export function CaseTimeline({ view }: { view: CaseView }) {
  const { t, i18n } = useTranslation();
  const context: LineContext = {
    t,
    language: asLanguage(i18n.language),
    policy: view.policy,
    events: view.events,
  };
  const byId = new Map(view.events.map((event) => [event.id, event]));
  const recorded = (by: string, at: string) =>
    t('crisis.timeline.recorded', { name: by, when: dateTime(at, i18n.language) });

  const entry = (event: LoggedEvent) => {
    const { body } = event;
    const corrected = event.correctedBy.length > 0;
    const target = body.type === 'correction' ? byId.get(body.corrects) : undefined;
    return (
      <li
        key={event.id}
        id={anchor(event.id)}
        tabIndex={-1}
        className={corrected ? 'timeline-entry timeline-entry--corrected' : 'timeline-entry'}
        data-testid={`case-event-${body.type}`}
      >
        <div className="timeline-entry__head">
          <span className="timeline-entry__when">{dateTimeOf(body, i18n.language)}</span>
          <strong className="timeline-entry__type">{t(`crisis.events.${body.type}`)}</strong>
          {corrected && (
            <Tag color="default" className="status-tag" data-testid="corrected-mark">
              {t('crisis.timeline.corrected')}
            </Tag>
          )}
        </div>
        {body.type === 'correction' ? (
          <>
            {target && (
              <Button type="link" className="timeline-entry__link" onClick={() => goTo(target.id)}>
                {t('crisis.timeline.corrects', {
                  when: dateTimeOf(target.body, i18n.language),
                  event: t(`crisis.events.${target.body.type}`),
                })}
              </Button>
            )}
            <EventLines lines={[{ label: t('crisis.fields.correctionReason'), value: body.reason }]} />
            {body.replacement ? (
              <div className="timeline-entry__replacement">
                <p className="timeline-entry__subhead">
                  {t('crisis.timeline.nowReads', { when: dateTimeOf(body.replacement, i18n.language) })}
                </p>
                <EventLines lines={factLines(body.replacement, context)} />
              </div>
            ) : (
              <p className="timeline-entry__subhead">{t('crisis.timeline.withdrawn')}</p>
            )}
          </>
        ) : (
          <EventLines lines={factLines(body, context)} />
        )}
        {corrected && (
          <div className="timeline-entry__corrections">
            {event.correctedBy.map((id) => {
              const correction = byId.get(id);
              return correction ? (
                <Button key={id} type="link" className="timeline-entry__link" onClick={() => goTo(id)}>
                  {t('crisis.timeline.seeCorrection', { when: dateTime(correction.recordedAt, i18n.language) })}
                </Button>
              ) : null;
            })}
          </div>
        )}
        <p className="timeline-entry__recorded">{recorded(event.recordedBy.displayName, event.recordedAt)}</p>
      </li>
    );
  };

  return (
    <Card
      className="settings-card"
      title={<CardTitle>{t('crisis.timeline.title')}</CardTitle>}
      extra={<span className="timeline-order">{t('crisis.timeline.order')}</span>}
      data-testid="case-timeline"
    >
      <ol className="case-timeline">
        {[...view.events].reverse().map(entry)}
        <li className="timeline-entry" data-testid="case-event-opening">
          <div className="timeline-entry__head">
            <span className="timeline-entry__when">{dateTimeOf(view.opening, i18n.language)}</span>
            <strong className="timeline-entry__type">{t('crisis.events.opening')}</strong>
          </div>
          <EventLines lines={openingLines(view.opening, context)} />
          <p className="timeline-entry__recorded">
            {recorded(view.opening.recordedBy.displayName, view.opening.recordedAt)}
          </p>
        </li>
      </ol>
    </Card>
  );
}
