import type { ScaleCondition, ScaleItem } from '../../schemas/scale-definition';
import type { Bounds } from './conditions';
import type { DefinitionIssue } from './definition-issue';

/** What a condition at one place may read. */
export interface ConditionScope {
  /** The items it may read: all of them, or for a `showIf` only the earlier ones. */
  items: ReadonlyMap<string, ScaleItem>;
  /** The scores it may read; undefined where scores are not known yet (a `showIf`). */
  scores: ReadonlySet<string> | undefined;
  /** Why an item outside `items` may not be read. */
  unknownItem: string;
}

function boundIssues(bounds: Bounds, path: (string | number)[], needs: string): DefinitionIssue[] {
  if (bounds.gte === undefined && bounds.lte === undefined && bounds.equals === undefined) {
    return [{ path, message: `needs ${needs}` }];
  }
  if (bounds.gte !== undefined && bounds.lte !== undefined && bounds.gte > bounds.lte) {
    return [{ path, message: 'never holds: gte is above lte' }];
  }
  return [];
}

/**
 * Issues in a condition: references outside its scope, comparisons that cannot work. Adds every
 * item it reads to `read`, so a critical rule can be held to list them.
 */
export function conditionIssues(
  condition: ScaleCondition,
  path: (string | number)[],
  scope: ConditionScope,
  read: Set<string>,
): DefinitionIssue[] {
  if ('all' in condition) {
    return condition.all.flatMap((part, index) => conditionIssues(part, [...path, 'all', index], scope, read));
  }
  if ('any' in condition) {
    return condition.any.flatMap((part, index) => conditionIssues(part, [...path, 'any', index], scope, read));
  }
  if ('not' in condition) return conditionIssues(condition.not, [...path, 'not'], scope, read);
  if ('countOf' in condition) {
    return [
      ...boundIssues({ gte: condition.gte, lte: condition.lte }, path, 'gte or lte'),
      ...condition.countOf.flatMap((part, index) => conditionIssues(part, [...path, 'countOf', index], scope, read)),
    ];
  }
  if ('score' in condition) {
    if (scope.scores === undefined)
      return [{ path: [...path, 'score'], message: 'a conditional item cannot read a score' }];
    if (!scope.scores.has(condition.score)) {
      return [{ path: [...path, 'score'], message: `refers to unknown score "${condition.score}"` }];
    }
    return boundIssues(condition, path, 'gte or lte');
  }
  const id = 'unanswered' in condition ? condition.unanswered : condition.item;
  const item = scope.items.get(id);
  const key = 'unanswered' in condition ? 'unanswered' : 'item';
  if (item === undefined) return [{ path: [...path, key], message: `${scope.unknownItem}: "${id}"` }];
  read.add(id);
  if ('unanswered' in condition) return [];
  if ('answerIn' in condition) {
    return item.kind === 'yesNo' ? [] : [{ path: [...path, 'answerIn'], message: 'answerIn needs a yes/no item' }];
  }
  if (item.kind === 'text') return [{ path: [...path, 'item'], message: 'a text item has no score to compare' }];
  return boundIssues(condition, path, 'gte, lte or equals');
}
