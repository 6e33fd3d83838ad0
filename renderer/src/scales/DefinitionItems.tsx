import { Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas/common';
import type { ScaleDefinition, ScaleItem } from '../../../shared/schemas/scale-definition';
import { conditionText } from './condition-text';
import { optionsOf } from './definition-lookup';
import { textIn } from './localized-text';

/** How an item is answered and scored, in one line. */
function ItemScoring({
  definition,
  item,
  language,
}: {
  definition: ScaleDefinition;
  item: ScaleItem;
  language: Language;
}) {
  const { t } = useTranslation();
  if (item.kind === 'text') return <span>{t('scales.detail.freeText')}</span>;
  if (item.kind === 'yesNo') return <span>{t('scales.detail.yesNoScoring', item.scoring)}</span>;
  return (
    <span>
      {optionsOf(definition, item)
        .map((option) => t('scales.detail.option', { value: option.value, label: textIn(option.label, language) }))
        .join(' · ')}
      {item.reverse && <Tag className="definition-items__reverse">{t('scales.detail.reverse')}</Tag>}
    </span>
  );
}

/**
 * The items in order, each with its options or scoring and the condition it is asked under. The
 * students' text is in the item language; the counselor's notes about it in the UI language.
 */
export function DefinitionItems({
  definition,
  itemLanguage: language,
  uiLanguage,
}: {
  definition: ScaleDefinition;
  itemLanguage: Language;
  uiLanguage: Language;
}) {
  const { t } = useTranslation();
  return (
    <>
      {definition.instructions && (
        <>
          <Typography.Title level={3} className="section-heading">
            {t('scales.detail.instructions')}
          </Typography.Title>
          <Typography.Paragraph lang={language}>{textIn(definition.instructions, language)}</Typography.Paragraph>
        </>
      )}
      <Typography.Title level={3} className="section-heading">
        {t('scales.detail.items')}
      </Typography.Title>
      <ol className="definition-items" data-testid="definition-items">
        {definition.items.map((item) => (
          <li key={item.id} className="definition-items__item">
            <span className="item-label">{item.label}</span>
            <div>
              <div lang={language}>{textIn(item.text, language)}</div>
              <div className="definition-items__scoring">
                <ItemScoring definition={definition} item={item} language={language} />
              </div>
              {item.showIf && (
                <div className="definition-items__condition">
                  {t('scales.detail.shownIf', { condition: conditionText(t, item.showIf, definition, uiLanguage) })}
                </div>
              )}
            </div>
          </li>
        ))}
      </ol>
    </>
  );
}
