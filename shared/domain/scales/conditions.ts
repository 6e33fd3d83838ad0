import type { ScaleCondition } from '../../schemas/scale-definition';
import { isUnanswered, type ItemState } from './item-states';

/**
 * Three-valued truth: `unknown` when the answer depends on items not (validly) answered. A rule
 * is taken only when it `holds`, so an unanswered item can never raise or settle anything.
 */
export type Truth = 'holds' | 'fails' | 'unknown';

/** What conditions may read: item states, and score values where they are known. */
export interface ConditionFacts {
  item(id: string): ItemState | undefined;
  /** A score's value, or undefined when it cannot be relied on (too many missing, or imputed where that is not allowed). */
  scoreValue(id: string): number | undefined;
}

/** The inclusive bounds of a comparison. */
export interface Bounds {
  gte?: number | undefined;
  lte?: number | undefined;
  equals?: number | undefined;
}

function within(value: number, bounds: Bounds): boolean {
  return (
    (bounds.gte === undefined || value >= bounds.gte) &&
    (bounds.lte === undefined || value <= bounds.lte) &&
    (bounds.equals === undefined || value === bounds.equals)
  );
}

const truth = (value: boolean): Truth => (value ? 'holds' : 'fails');

/** A comparison on an item: an item that does not apply will never be answered, so it fails outright. */
function itemTruth(state: ItemState | undefined, test: (answer: number | string, score: number) => boolean): Truth {
  if (state === undefined || !state.applicable) return 'fails';
  const { answer } = state;
  if (answer.status === 'scored') return truth(test(answer.answer, answer.score));
  return answer.status === 'text' ? 'fails' : 'unknown';
}

function countTruth(results: Truth[], bounds: Bounds): Truth {
  const holding = results.filter((result) => result === 'holds').length;
  const open = results.filter((result) => result === 'unknown').length;
  if (within(holding, bounds) && within(holding + open, bounds)) return 'holds';
  const reachable =
    (bounds.gte === undefined || holding + open >= bounds.gte) && (bounds.lte === undefined || holding <= bounds.lte);
  return reachable ? 'unknown' : 'fails';
}

export function evaluateCondition(condition: ScaleCondition, facts: ConditionFacts): Truth {
  if ('all' in condition) {
    const results = condition.all.map((part) => evaluateCondition(part, facts));
    return results.includes('fails') ? 'fails' : results.includes('unknown') ? 'unknown' : 'holds';
  }
  if ('any' in condition) {
    const results = condition.any.map((part) => evaluateCondition(part, facts));
    return results.includes('holds') ? 'holds' : results.includes('unknown') ? 'unknown' : 'fails';
  }
  if ('not' in condition) {
    const result = evaluateCondition(condition.not, facts);
    return result === 'unknown' ? result : truth(result === 'fails');
  }
  if ('countOf' in condition) {
    return countTruth(
      condition.countOf.map((part) => evaluateCondition(part, facts)),
      condition,
    );
  }
  if ('unanswered' in condition) return truth(isUnanswered(facts.item(condition.unanswered)));
  if ('score' in condition) {
    const value = facts.scoreValue(condition.score);
    return value === undefined ? 'unknown' : truth(within(value, condition));
  }
  if ('answerIn' in condition) {
    const { answerIn } = condition;
    return itemTruth(
      facts.item(condition.item),
      (answer) => typeof answer === 'string' && answerIn.some((accepted) => accepted === answer),
    );
  }
  return itemTruth(facts.item(condition.item), (_answer, score) => within(score, condition));
}
