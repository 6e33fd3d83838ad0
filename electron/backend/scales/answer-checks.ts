import { scoreScale } from '../../../shared/domain/scales/score-scale';
import { applicableItems } from '../../../shared/domain/scales/item-states';
import type { Language } from '../../../shared/schemas/common';
import type { ScaleAnswers, ScaleDefinition } from '../../../shared/schemas/scale-definition';
import { BackendError } from '../errors';
import { approvedLanguages } from './library-service';

/**
 * Answers the backend stores name only items that are asked given the other answers, and each
 * fits its item (an option's value, yes/no/refused, text within its length). The engine would
 * ignore the rest; storing them would keep what the result does not say.
 */
export function requireFittingAnswers(definition: ScaleDefinition, answers: ScaleAnswers): void {
  const asked = new Set(applicableItems(definition, answers).map((item) => item.id));
  const wrong = new Set([
    ...Object.keys(answers).filter((id) => !asked.has(id)),
    ...scoreScale(definition, answers).invalid,
  ]);
  if (wrong.size > 0) {
    const fields = [...wrong].map((id) => `answers.${id}`).join(', ');
    throw new BackendError('VALIDATION_FAILED', `Invalid fields: ${fields}`.slice(0, 500));
  }
}

/** Items are shown only in a language with an approved translation (ASQ has no Chinese one yet). */
export function requireApprovedLanguage(definition: ScaleDefinition, language: Language): void {
  if (!approvedLanguages(definition).includes(language)) {
    throw new BackendError('VALIDATION_FAILED', 'Invalid fields: language (no approved translation)');
  }
}
