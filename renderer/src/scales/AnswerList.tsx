import { useTranslation } from 'react-i18next';
import { applicableItems } from '../../../shared/domain/scales/item-states';
import type { Language } from '../../../shared/schemas/common';
import type { ScaleAnswers, ScaleDefinition, ScaleItem } from '../../../shared/schemas/scale-definition';
import { chosenOption } from './definition-lookup';
import { textIn } from './localized-text';

/** Every item as it was shown, with the answer given, or why there is none. */
export function AnswerList({
  definition,
  answers,
  language,
}: {
  definition: ScaleDefinition;
  answers: ScaleAnswers;
  language: Language;
}) {
  const { t, i18n } = useTranslation();
  const itemT = i18n.getFixedT(language);
  const asked = new Set(applicableItems(definition, answers).map((item) => item.id));
  const answerText = (item: ScaleItem): string => {
    const answer = Object.hasOwn(answers, item.id) ? answers[item.id] : undefined;
    if (answer === undefined) return asked.has(item.id) ? t('scales.result.notAnswered') : t('scales.result.notAsked');
    if (item.kind === 'choice') {
      const option = chosenOption(definition, item, answer);
      return option
        ? t('scales.result.answerChoice', { label: textIn(option.label, language), value: option.value })
        : String(answer);
    }
    if (item.kind === 'yesNo' && (answer === 'yes' || answer === 'no' || answer === 'refused')) {
      return itemT(`scales.yesNo.${answer}`);
    }
    return String(answer);
  };
  return (
    <ol className="answer-list" data-testid="answer-list">
      {definition.items.map((item) => (
        <li key={item.id} className="answer-list__item">
          <span className="item-label">{item.label}</span>
          <span lang={language} className="answer-list__text">
            {textIn(item.text, language)}
          </span>
          <span className="answer-list__answer">{answerText(item)}</span>
        </li>
      ))}
    </ol>
  );
}
