import { applicableItems } from '../../../../shared/domain/scales/item-states';
import type { ScaleAnswer, ScaleAnswers, ScaleDefinition } from '../../../../shared/schemas/scale-definition';

/** What the student's screen shows: one item, or the last page, from which the questionnaire is handed in. */
export type Step = { kind: 'item'; itemId: string } | { kind: 'end' };

const end: Step = { kind: 'end' };

/** A blank text is no answer: the student typed nothing worth keeping. */
export function hasAnswer(answer: ScaleAnswer | undefined): boolean {
  return answer !== undefined && !(typeof answer === 'string' && answer.trim() === '');
}

function answerOf(answers: ScaleAnswers, itemId: string): ScaleAnswer | undefined {
  return Object.hasOwn(answers, itemId) ? answers[itemId] : undefined;
}

/** The item's place in the definition; an item shown only on a condition keeps its place. */
function order(definition: ScaleDefinition, itemId: string): number {
  return definition.items.findIndex((item) => item.id === itemId);
}

/** Where a questionnaire opens, also when resumed: the first item still to answer, else the last page. */
export function firstOpenStep(definition: ScaleDefinition, answers: ScaleAnswers): Step {
  const open = applicableItems(definition, answers).find((item) => !hasAnswer(answerOf(answers, item.id)));
  return open ? { kind: 'item', itemId: open.id } : end;
}

/**
 * The step after `itemId`. Answers decide which items are asked (ASQ asks item 5 only after a
 * yes), so the next one is looked up with the answers as they are now.
 */
export function nextStep(definition: ScaleDefinition, answers: ScaleAnswers, itemId: string): Step {
  const here = order(definition, itemId);
  const next = applicableItems(definition, answers).find((item) => order(definition, item.id) > here);
  return next ? { kind: 'item', itemId: next.id } : end;
}

/** The step before; null on the first item, where there is nothing to go back to. */
export function previousStep(definition: ScaleDefinition, answers: ScaleAnswers, step: Step): Step | null {
  const here = step.kind === 'end' ? definition.items.length : order(definition, step.itemId);
  const earlier = applicableItems(definition, answers).filter((item) => order(definition, item.id) < here);
  const previous = earlier.at(-1);
  return previous ? { kind: 'item', itemId: previous.id } : null;
}

/** "Item 3 of 9": the count follows the answers, since a conditional item may join or leave. */
export function progressOf(
  definition: ScaleDefinition,
  answers: ScaleAnswers,
  step: Step,
): { number: number; count: number } {
  const items = applicableItems(definition, answers);
  if (step.kind === 'end') return { number: items.length, count: items.length };
  const here = order(definition, step.itemId);
  return { number: items.filter((item) => order(definition, item.id) <= here).length, count: items.length };
}

/** Items asked and left without an answer, which the last page mentions before handing in. */
export function unansweredCount(definition: ScaleDefinition, answers: ScaleAnswers): number {
  return applicableItems(definition, answers).filter((item) => !hasAnswer(answerOf(answers, item.id))).length;
}
