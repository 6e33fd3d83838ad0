import { foldCaseEvents } from '../../../shared/domain/crisis/apply-event';
import { isTopLevel, levelById } from '../../../shared/domain/crisis/policy-levels';
import type { CaseEvent, CaseEventBody, CaseOpening } from '../../../shared/schemas/crisis';
import type { CrisisPolicy } from '../../../shared/schemas/crisis-policy';

/** A recorded case as the crisis store reads it: its opening and events in recording order. */
export interface CaseHistory {
  readonly opening: CaseOpening;
  readonly events: readonly CaseEvent[];
}

/** The level ids a body names, a correction's replacement included. */
function levelsNamed(body: CaseEventBody): string[] {
  switch (body.type) {
    case 'level-change':
      return [body.to];
    case 'risk-assessment':
      return [body.suggestedLevel];
    case 'correction':
      return body.replacement ? levelsNamed(body.replacement) : [];
    default:
      return [];
  }
}

/**
 * The level a case's history stops holding on under `next`: one it names that is gone or ranked
 * differently, else one whose place at the top changed, else the level it opened at.
 */
function blockingLevel(history: CaseHistory, current: CrisisPolicy, next: CrisisPolicy): string {
  const named = [history.opening.level, ...history.events.flatMap((event) => levelsNamed(event.body))];
  const changed = (id: string) => levelById(next, id)?.rank !== levelById(current, id)?.rank;
  const movedAtTop = (id: string) => isTopLevel(next, id) !== isTopLevel(current, id);
  return named.find(changed) ?? named.find(movedAtTop) ?? history.opening.level;
}

/**
 * Whether a new policy would leave a recorded case unreadable: each case that holds under the
 * current policy must still hold under the new one (docs/crisis-workflow.md, editing the policy).
 * A case that already does not hold is not this edit's doing and does not block it. Returns the
 * level id that stands in the way, or null.
 */
export function levelBlockingPolicy(
  histories: readonly CaseHistory[],
  current: CrisisPolicy,
  next: CrisisPolicy,
): string | null {
  for (const history of histories) {
    if (foldCaseEvents(history.opening, history.events, next).ok) continue;
    if (!foldCaseEvents(history.opening, history.events, current).ok) continue;
    return blockingLevel(history, current, next);
  }
  return null;
}
