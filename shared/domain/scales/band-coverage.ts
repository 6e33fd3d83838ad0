import type { OptionSet, ScaleItem, ScaleScoreDefinition } from '../../schemas/scale-definition';
import type { DefinitionIssue } from './definition-issue';
import { itemScoreBounds } from './item-answers';
import { transformedValue } from './score-values';

/**
 * Every value a score can take, ascending: the transform of each whole raw sum from the lowest
 * to the highest possible (prorating can give any whole sum in between). An item that may not be
 * asked may also add nothing. Undefined when an item is unknown or unscored (reported elsewhere).
 */
export function possibleValues(
  score: ScaleScoreDefinition,
  items: ReadonlyMap<string, ScaleItem>,
  optionSets: readonly OptionSet[],
): number[] | undefined {
  let lowest = 0;
  let highest = 0;
  for (const id of score.items) {
    const item = items.get(id);
    const bounds = item === undefined ? undefined : itemScoreBounds(item, optionSets);
    if (item === undefined || bounds === undefined) return undefined;
    const skippable = item.showIf !== undefined;
    lowest += skippable ? Math.min(0, bounds.min) : bounds.min;
    highest += skippable ? Math.max(0, bounds.max) : bounds.max;
  }
  const values: number[] = [];
  for (let raw = lowest; raw <= highest; raw += 1) values.push(transformedValue(raw, score.transform));
  return values.sort((a, b) => a - b);
}

/**
 * Bands must tile the values the score can take: each value in exactly one band, no band
 * without a value, no overlapping ranges, and the outer bands ending at the lowest and highest
 * values. Between two bands there may be a gap no value falls in (WHO-5 ×4: 0–28, then 32–50).
 */
export function bandCoverageIssues(
  score: ScaleScoreDefinition,
  values: readonly number[],
  path: (string | number)[],
): DefinitionIssue[] {
  const { bands } = score;
  const lowest = values[0];
  const highest = values.at(-1);
  if (bands.length === 0 || lowest === undefined || highest === undefined) return [];
  const inverted = bands.flatMap((band, index) =>
    band.min > band.max ? [{ path: [...path, index, 'max'], message: 'max is below min' }] : [],
  );
  if (inverted.length > 0) return inverted;

  const issues: DefinitionIssue[] = [];
  const order = bands.map((band, index) => ({ band, index })).sort((a, b) => a.band.min - b.band.min);
  order.forEach(({ band, index }, position) => {
    const previous = order[position - 1];
    if (previous !== undefined && band.min <= previous.band.max) {
      issues.push({ path: [...path, index, 'min'], message: `overlaps band "${previous.band.id}"` });
    }
    if (!values.some((value) => band.min <= value && value <= band.max)) {
      issues.push({ path: [...path, index], message: 'holds no value the score can take' });
    }
  });
  const first = order[0];
  const last = order.at(-1);
  if (first !== undefined && first.band.min !== lowest) {
    issues.push({
      path: [...path, first.index, 'min'],
      message: `the lowest band must start at ${lowest}, the lowest value`,
    });
  }
  if (last !== undefined && last.band.max !== highest) {
    issues.push({
      path: [...path, last.index, 'max'],
      message: `the highest band must end at ${highest}, the highest value`,
    });
  }
  const uncovered = values.find((value) => !bands.some((band) => band.min <= value && value <= band.max));
  if (uncovered !== undefined) issues.push({ path, message: `no band holds the value ${uncovered}` });
  return issues;
}
