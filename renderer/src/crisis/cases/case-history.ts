import { effectiveEvents } from '../../../../shared/domain/crisis/corrections';
import type { CaseFact, CaseOpening, CaseStage } from '../../../../shared/schemas/crisis';
import type { LoggedEvent } from '../../../../shared/schemas/crisis-records';

export type EffectiveEvent = LoggedEvent & { body: CaseFact };

/** The history as it now reads (corrections applied), each event with its log fields. */
export function currentHistory(events: readonly LoggedEvent[]): EffectiveEvent[] {
  const byId = new Map(events.map((event) => [event.id, event]));
  return effectiveEvents(events).map((event) => ({ ...byId.get(event.id)!, body: event.body }));
}

/**
 * The guardians-notified events a raise to the top level may name: those recorded since the
 * current level was set, as the history now reads (the state machine's rule).
 */
export function noticesSinceLevel(events: readonly LoggedEvent[]): EffectiveEvent[] {
  const history = currentHistory(events);
  const lastLevelChange = history.findLastIndex((event) => event.body.type === 'level-change');
  return history.slice(lastLevelChange + 1).filter((event) => event.body.type === 'guardians-notified');
}

/** Referrals as the history now reads: what an outcome can report on. */
export function referrals(events: readonly LoggedEvent[]): EffectiveEvent[] {
  return currentHistory(events).filter((event) => event.body.type === 'referral');
}

/** Events a correction can name: every recorded event but corrections, the latest first. */
export function correctable(events: readonly LoggedEvent[]): LoggedEvent[] {
  return events.filter((event) => event.body.type !== 'correction').reverse();
}

/**
 * What a correction of an event starts from: its latest replacement, or the content as recorded
 * (an event a correction withdrew starts from what it last said).
 */
export function currentBody(events: readonly LoggedEvent[], id: string): CaseFact {
  let body: CaseFact | null = null;
  for (const event of events) {
    if (event.id === id && event.body.type !== 'correction') body ??= event.body;
    if (event.body.type === 'correction' && event.body.corrects === id && event.body.replacement) {
      body = event.body.replacement;
    }
  }
  if (!body) throw new Error(`event ${id} is not a recorded fact of this case`);
  return body;
}

/** The stages the case has been in, as the history now reads: a skipped stage is not among them. */
export function visitedStages(opening: CaseOpening, events: readonly LoggedEvent[]): Set<CaseStage> {
  const visited = new Set<CaseStage>([opening.stage]);
  for (const { body } of currentHistory(events)) {
    if (body.type === 'stage-change') visited.add(body.to);
    if (body.type === 'closure') visited.add('closed');
  }
  return visited;
}
