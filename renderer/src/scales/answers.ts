import { applicableItems } from '../../../shared/domain/scales/item-states';
import type { ScaleAnswer, ScaleAnswers, ScaleDefinition } from '../../../shared/schemas/scale-definition';

/** The answers with one given, changed, or (null) taken back. */
export function withAnswer(answers: ScaleAnswers, itemId: string, answer: ScaleAnswer | null): ScaleAnswers {
  const next = { ...answers };
  if (answer === null || answer === '') delete next[itemId];
  else next[itemId] = answer;
  return next;
}

/**
 * Only the answers to items that are asked now. An answer to an item that stopped applying
 * (ASQ item 5 after item 1 went back to "no") must not be saved as if the student had given it.
 */
export function applicableAnswers(definition: ScaleDefinition, answers: ScaleAnswers): ScaleAnswers {
  return Object.fromEntries(
    applicableItems(definition, answers)
      .filter((item) => Object.hasOwn(answers, item.id))
      .map((item) => [item.id, answers[item.id]!]),
  );
}
