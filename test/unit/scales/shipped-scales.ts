import { bundledScales } from '../../../electron/backend/scales/bundled-scales';
import type { ScaleAnswers, ScaleDefinition } from '../../../shared/schemas/scale-definition';

/** A shipped definition by id, as the backend loads it from resources/scales. */
export function shipped(id: string): ScaleDefinition {
  const scale = bundledScales.find((candidate) => candidate.definition.id === id);
  if (scale === undefined) throw new Error(`no shipped scale ${id}`);
  return scale.definition;
}

/** Answers for items "1", "2", … in order; `undefined` leaves an item unanswered. */
export function answersOf(values: readonly (number | string | undefined)[]): ScaleAnswers {
  const answers: ScaleAnswers = {};
  values.forEach((value, index) => {
    if (value !== undefined) answers[String(index + 1)] = value;
  });
  return answers;
}

/** `count` item values from `lowest` to `highest` that add up to `total`, filled from the first item. */
export function spread(total: number, count: number, lowest: number, highest: number): number[] {
  let rest = total - count * lowest;
  return Array.from({ length: count }, () => {
    const extra = Math.min(highest - lowest, rest);
    rest -= extra;
    return lowest + extra;
  });
}
