import { applyCaseEvent } from '../../../shared/domain/crisis/apply-event';
import type { CaseState } from '../../../shared/domain/crisis/case-state';
import { initialCaseState } from '../../../shared/domain/crisis/opening';
import type { CrisisPolicy } from '../../../shared/schemas/crisis-policy';
import type { CrisisTimelineEntry } from '../../../shared/schemas/session-lookups';
import { readCrisisPolicy } from '../crisis-policy/policy-service';
import type { Connection } from '../database/open-database';
import { levelTag } from './case-derived';
import { loadCases, type StoredCase } from './stored-cases';

type Step = { entry: CrisisTimelineEntry; order: string };

function fail(stored: StoredCase): never {
  throw new Error(`crisis case ${stored.opening.id} does not fold`);
}

/** The opening and each event, with the level and stage the case had just after it, as recorded then. */
function caseSteps(stored: StoredCase, policy: CrisisPolicy): Step[] {
  const corrected = new Set(
    stored.events.flatMap((event) => (event.body.type === 'correction' ? [event.body.corrects] : [])),
  );
  const { opening } = stored;
  const step = (
    state: CaseState,
    entry: Pick<CrisisTimelineEntry, 'date' | 'time' | 'eventId' | 'eventType'>,
    recordedAt: string,
    corrected: boolean,
  ): Step => ({
    order: `${entry.date} ${entry.time ?? '~'} ${recordedAt}`,
    entry: {
      kind: 'crisis-event',
      caseId: opening.id,
      ...entry,
      level: levelTag(policy, state.level),
      stage: state.stage,
      corrected,
    },
  });
  const initial = initialCaseState(opening, policy);
  if (!initial.ok) fail(stored);
  let state = initial.state;
  const steps = [
    step(
      state,
      { date: opening.occurredOn, time: opening.occurredTime, eventId: null, eventType: 'opening' },
      opening.recordedAt,
      false,
    ),
  ];
  for (const event of stored.events) {
    const next = applyCaseEvent(state, event, policy);
    if (!next.ok) fail(stored);
    state = next.state;
    const { occurredOn, occurredTime, type } = event.body;
    steps.push(
      step(
        state,
        { date: occurredOn, time: occurredTime, eventId: event.id, eventType: type },
        event.recordedAt,
        corrected.has(event.id),
      ),
    );
  }
  return steps;
}

/** A student's crisis cases on their timeline: what happened, on the day it happened. */
export function crisisTimelineEntries(connection: Connection, studentId: string): Step[] {
  const policy = readCrisisPolicy(connection);
  return loadCases(connection, { studentId }).flatMap((stored) => caseSteps(stored, policy));
}
