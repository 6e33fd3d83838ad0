import type { CrisisPolicy } from '../../schemas/crisis-policy';
import type { CaseEvent, CaseOpening, Correction } from '../../schemas/crisis';
import { type CaseRefusal, type CaseResult, type CaseState, refuse } from './case-state';
import { effectiveEvents } from './corrections';
import { applyFact, factRefusal } from './facts';
import { moveOf, moveRefusals } from './moves';
import { initialCaseState } from './opening';

/** A history that does not fold, and the event where it stops (null: the opening itself). */
export type FoldRefusal = CaseRefusal & { readonly eventId: string | null };
export type FoldResult = { readonly ok: true; readonly state: CaseState } | FoldRefusal;

/**
 * The case after one more recorded event, or why it cannot be recorded. Moves are checked with
 * the same rules caseMoves reports, then what the event says.
 */
export function applyCaseEvent(state: CaseState, event: CaseEvent, policy: CrisisPolicy): CaseResult {
  if (event.caseId !== state.opening.id) return refuse('wrong-case');
  if (state.log.some((recorded) => recorded.id === event.id)) return refuse('duplicate-event');
  const [moveRefusal] = moveRefusals(state, moveOf(event.body), policy);
  if (moveRefusal) return refuse(moveRefusal);
  const log = [...state.log, event];
  if (event.body.type === 'correction') return applyCorrection(state, event.body, log, policy);
  const factProblem = factRefusal(state, event.body, policy);
  if (factProblem) return refuse(factProblem);
  return { ok: true, state: { ...applyFact(state, event.id, event.body, policy), log } };
}

/**
 * A correction re-derives the case from the opening with the corrected history, which must hold
 * throughout; and it cannot reopen a closed case (a closed case is final: a new case is opened).
 */
function applyCorrection(
  state: CaseState,
  correction: Correction,
  log: readonly CaseEvent[],
  policy: CrisisPolicy,
): CaseResult {
  const target = state.log.find((recorded) => recorded.id === correction.corrects);
  if (!target) return refuse('correction-target-not-found');
  if (target.body.type === 'correction') return refuse('correction-of-correction');
  if (correction.replacement && correction.replacement.type !== target.body.type) {
    return refuse('correction-type-mismatch');
  }
  const replayed = foldCaseEvents(state.opening, effectiveEvents(log), policy);
  if (!replayed.ok) return { ok: false, refusal: 'correction-invalidates-history', cause: replayed.refusal };
  if (state.closure && !replayed.state.closure) {
    return { ok: false, refusal: 'correction-invalidates-history', cause: 'case-closed' };
  }
  return { ok: true, state: { ...replayed.state, log } };
}

/** The case from its opening and its recorded events, in recording order. */
export function foldCaseEvents(opening: CaseOpening, events: readonly CaseEvent[], policy: CrisisPolicy): FoldResult {
  const initial = initialCaseState(opening, policy);
  if (!initial.ok) return { ...initial, eventId: null };
  let state = initial.state;
  for (const event of events) {
    const next = applyCaseEvent(state, event, policy);
    if (!next.ok) return { ...next, eventId: event.id };
    state = next.state;
  }
  return { ok: true, state };
}
