import type { OptionSet, ScaleAnswer, ScaleItem, YesNoAnswer } from '../../schemas/scale-definition';

/**
 * What an answer gives its item: a score (choice and yes/no items), recorded text, nothing
 * (absent or blank), or an answer that does not fit the item, which scores as nothing.
 */
export type ItemAnswer =
  | { status: 'scored'; score: number; answer: number | YesNoAnswer }
  | { status: 'text' }
  | { status: 'unanswered' }
  | { status: 'invalid' };

const unanswered: ItemAnswer = { status: 'unanswered' };
const invalid: ItemAnswer = { status: 'invalid' };

function optionValues(item: ScaleItem & { kind: 'choice' }, optionSets: readonly OptionSet[]): number[] | undefined {
  return optionSets.find((set) => set.id === item.optionSet)?.options.map((option) => option.value);
}

/** The lowest and highest score an item can give; undefined for text, which is never scored. */
export function itemScoreBounds(
  item: ScaleItem,
  optionSets: readonly OptionSet[],
): { min: number; max: number } | undefined {
  if (item.kind === 'text') return undefined;
  // Reversing maps lowest ↔ highest, so the bounds are those of the plain values.
  const values = item.kind === 'choice' ? optionValues(item, optionSets) : Object.values(item.scoring);
  if (values === undefined) return undefined;
  return { min: Math.min(...values), max: Math.max(...values) };
}

export function readAnswer(
  item: ScaleItem,
  answer: ScaleAnswer | undefined,
  optionSets: readonly OptionSet[],
): ItemAnswer {
  if (answer === undefined) return unanswered;
  switch (item.kind) {
    case 'choice': {
      const values = optionValues(item, optionSets);
      if (typeof answer !== 'number' || values === undefined || !values.includes(answer)) return invalid;
      const score = item.reverse ? Math.min(...values) + Math.max(...values) - answer : answer;
      return { status: 'scored', score, answer };
    }
    case 'yesNo':
      if (answer !== 'yes' && answer !== 'no' && answer !== 'refused') return invalid;
      return { status: 'scored', score: item.scoring[answer], answer };
    case 'text':
      if (typeof answer !== 'string' || answer.length > item.maxLength) return invalid;
      return answer.trim() === '' ? unanswered : { status: 'text' };
  }
}
