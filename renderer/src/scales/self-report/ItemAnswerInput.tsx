import { CheckOutlined } from '@ant-design/icons';
import { Button, Input } from 'antd';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/schemas/common';
import {
  type ScaleAnswer,
  type ScaleDefinition,
  type ScaleItem,
  yesNoAnswers,
} from '../../../../shared/schemas/scale-definition';
import { optionsOf } from '../definition-lookup';
import { textIn } from '../localized-text';

interface Choice {
  value: number | (typeof yesNoAnswers)[number];
  label: string;
}

function choicesOf(t: TFunction, definition: ScaleDefinition, item: ScaleItem, language: Language): Choice[] {
  if (item.kind === 'yesNo') return yesNoAnswers.map((value) => ({ value, label: t(`selfReport.yesNo.${value}`) }));
  return optionsOf(definition, item).map((option) => ({ value: option.value, label: textIn(option.label, language) }));
}

/**
 * The answers of one item as large, full-width buttons; the chosen one is filled and ticked, so
 * it does not rest on colour alone. A free-text item gets a text box.
 */
export function ItemAnswerInput({
  t,
  definition,
  item,
  language,
  answer,
  labelledBy,
  onChoose,
  onType,
}: {
  t: TFunction;
  definition: ScaleDefinition;
  item: ScaleItem;
  language: Language;
  answer: ScaleAnswer | undefined;
  labelledBy: string;
  onChoose: (answer: ScaleAnswer) => void;
  onType: (text: string) => void;
}) {
  if (item.kind === 'text') {
    return (
      <Input.TextArea
        className="self-report__textarea"
        aria-labelledby={labelledBy}
        autoSize={{ minRows: 4, maxRows: 10 }}
        maxLength={item.maxLength}
        value={typeof answer === 'string' ? answer : ''}
        onChange={(event) => onType(event.target.value)}
      />
    );
  }
  return (
    <div role="group" aria-labelledby={labelledBy} className="self-report__options">
      {choicesOf(t, definition, item, language).map((choice) => {
        const chosen = answer === choice.value;
        return (
          <Button
            key={String(choice.value)}
            block
            size="large"
            type={chosen ? 'primary' : 'default'}
            className="self-report__option"
            aria-pressed={chosen}
            icon={chosen ? <CheckOutlined aria-hidden="true" /> : undefined}
            onClick={() => onChoose(choice.value)}
          >
            {choice.label}
          </Button>
        );
      })}
    </div>
  );
}
