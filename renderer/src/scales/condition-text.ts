import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/schemas/common';
import type { ScaleCondition, ScaleDefinition } from '../../../shared/schemas/scale-definition';
import { itemById, scoreDefinition } from './definition-lookup';
import { textIn } from './localized-text';

interface Bounds {
  gte?: number | undefined;
  lte?: number | undefined;
  equals?: number | undefined;
}

function comparison(t: TFunction, subject: string, bounds: Bounds): string {
  if (bounds.equals !== undefined) return t('scales.conditions.equals', { subject, value: bounds.equals });
  if (bounds.gte !== undefined && bounds.lte !== undefined) {
    return t('scales.conditions.between', { subject, min: bounds.gte, max: bounds.lte });
  }
  if (bounds.lte !== undefined) return t('scales.conditions.lte', { subject, value: bounds.lte });
  return t('scales.conditions.gte', { subject, value: bounds.gte ?? 0 });
}

const isCompound = (condition: ScaleCondition) =>
  'all' in condition || 'any' in condition || 'not' in condition || 'countOf' in condition;

/**
 * A condition of a definition in words ("第 9 题得分 ≥ 1"), so the counselor can see what raises
 * a critical item or shows a conditional one without reading the definition's JSON.
 */
export function conditionText(
  t: TFunction,
  condition: ScaleCondition,
  definition: ScaleDefinition,
  language: Language,
): string {
  const itemLabel = (id: string) => itemById(definition, id)?.label ?? id;
  const part = (inner: ScaleCondition) => {
    const text = conditionText(t, inner, definition, language);
    return isCompound(inner) ? t('scales.conditions.group', { condition: text }) : text;
  };

  if ('all' in condition) return condition.all.map(part).join(t('scales.conditions.and'));
  if ('any' in condition) return condition.any.map(part).join(t('scales.conditions.or'));
  if ('not' in condition) return t('scales.conditions.not', { condition: part(condition.not) });
  if ('countOf' in condition) {
    const conditions = condition.countOf.map(part).join(t('scales.conditions.countSeparator'));
    if (condition.gte !== undefined && condition.lte !== undefined) {
      return t('scales.conditions.countBetween', { min: condition.gte, max: condition.lte, conditions });
    }
    if (condition.lte !== undefined) return t('scales.conditions.countAtMost', { count: condition.lte, conditions });
    return t('scales.conditions.countAtLeast', { count: condition.gte ?? 0, conditions });
  }
  if ('unanswered' in condition) {
    return t('scales.conditions.unanswered', {
      subject: t('scales.conditions.item', { label: itemLabel(condition.unanswered) }),
    });
  }
  if ('score' in condition) {
    const score = scoreDefinition(definition, condition.score);
    return comparison(t, score ? textIn(score.label, language) : condition.score, condition);
  }
  if ('answerIn' in condition) {
    const answers = condition.answerIn
      .map((answer) => t('scales.conditions.quoted', { text: t(`scales.yesNo.${answer}`) }))
      .join(t('scales.conditions.or'));
    return t('scales.conditions.answerIn', {
      subject: t('scales.conditions.item', { label: itemLabel(condition.item) }),
      answers,
    });
  }
  return comparison(t, t('scales.conditions.itemScore', { label: itemLabel(condition.item) }), condition);
}
