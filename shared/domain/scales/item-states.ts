import type { ScaleAnswers, ScaleDefinition, ScaleItem } from '../../schemas/scale-definition';
import { evaluateCondition } from './conditions';
import { readAnswer, type ItemAnswer } from './item-answers';

/** An item is either not asked (its `showIf` does not hold) or asked, with what its answer gives. */
export type ItemState = { applicable: false } | { applicable: true; answer: ItemAnswer };

const notApplicable: ItemState = { applicable: false };

/** Asked, and without a usable answer: absent, blank or not fitting the item. */
export function isUnanswered(state: ItemState | undefined): boolean {
  return state?.applicable === true && (state.answer.status === 'unanswered' || state.answer.status === 'invalid');
}

/**
 * Every item's state, in the definition's order. A `showIf` reads only earlier items (the
 * definition checks enforce it), so one pass settles them; an item whose condition is still
 * unknown is not asked yet, and an answer to an item that is not asked is ignored.
 */
export function itemStates(definition: ScaleDefinition, answers: ScaleAnswers): Map<string, ItemState> {
  const states = new Map<string, ItemState>();
  const facts = { item: (id: string) => states.get(id), scoreValue: () => undefined };
  for (const item of definition.items) {
    if (item.showIf !== undefined && evaluateCondition(item.showIf, facts) !== 'holds') {
      states.set(item.id, notApplicable);
      continue;
    }
    // Own keys only: an item id such as `constructor` must not find Object.prototype's.
    const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    states.set(item.id, { applicable: true, answer: readAnswer(item, answer, definition.optionSets) });
  }
  return states;
}

/** The items to show for these answers: those without `showIf`, and those whose `showIf` holds. */
export function applicableItems(definition: ScaleDefinition, answers: ScaleAnswers): ScaleItem[] {
  const states = itemStates(definition, answers);
  return definition.items.filter((item) => states.get(item.id)?.applicable === true);
}
