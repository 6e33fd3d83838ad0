import { Button, Input, Radio } from 'antd';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas/common';
import {
  type ScaleAnswer,
  type ScaleDefinition,
  type ScaleItem,
  yesNoAnswers,
} from '../../../shared/schemas/scale-definition';
import { optionsOf } from './definition-lookup';
import { textIn } from './localized-text';

/**
 * One item as a group of radio buttons (arrow keys move between options, Tab to the next item),
 * or a text box for a free-text item. An answer can be taken back: a skipped item stays missing.
 */
export function ItemQuestion({
  definition,
  item,
  language,
  answer,
  onAnswer,
}: {
  definition: ScaleDefinition;
  item: ScaleItem;
  language: Language;
  answer: ScaleAnswer | undefined;
  onAnswer: (answer: ScaleAnswer | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const legendId = useId();
  // Yes / no / refused are the app's words, said in the items' language like the rest of the item.
  const itemT = i18n.getFixedT(language);
  const options =
    item.kind === 'choice'
      ? optionsOf(definition, item).map((option) => ({ value: option.value, label: textIn(option.label, language) }))
      : yesNoAnswers.map((value) => ({ value, label: itemT(`scales.yesNo.${value}`) }));
  return (
    <fieldset className="scale-item" data-testid={`item-${item.id}`}>
      <legend id={legendId} className="scale-item__text">
        <span className="item-label">{item.label}</span>
        <span lang={language}>{textIn(item.text, language)}</span>
      </legend>
      {item.kind === 'text' ? (
        <Input.TextArea
          aria-labelledby={legendId}
          autoSize={{ minRows: 2, maxRows: 6 }}
          maxLength={item.maxLength}
          value={typeof answer === 'string' ? answer : ''}
          onChange={(event) => onAnswer(event.target.value)}
        />
      ) : (
        <div className="scale-item__answer">
          <Radio.Group
            aria-labelledby={legendId}
            className="scale-item__options"
            value={answer}
            onChange={(event) => onAnswer(event.target.value as ScaleAnswer)}
            options={options}
          />
          {answer !== undefined && (
            <Button
              size="small"
              type="link"
              aria-label={t('scales.administer.clearLabel', { label: item.label })}
              onClick={() => onAnswer(null)}
            >
              {t('scales.administer.clear')}
            </Button>
          )}
        </div>
      )}
    </fieldset>
  );
}
