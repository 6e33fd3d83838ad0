import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas/common';
import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import { conditionText } from './condition-text';
import { textIn } from './localized-text';

/** Outcome rules (the first that holds wins) and critical items, each with its condition in words. */
export function DefinitionRules({ definition, language }: { definition: ScaleDefinition; language: Language }) {
  const { t } = useTranslation();
  const when = (condition: Parameters<typeof conditionText>[1]) => conditionText(t, condition, definition, language);
  return (
    <>
      {definition.outcomes.map((outcome) => (
        <section key={outcome.id} aria-label={textIn(outcome.label, language)}>
          <Typography.Title level={3} className="section-heading">
            {t('scales.detail.outcomeTitle', { outcome: textIn(outcome.label, language) })}
          </Typography.Title>
          <dl className="rule-list">
            {outcome.rules.map((rule) => (
              <div key={rule.id} className="rule-list__rule">
                <dt>{textIn(rule.label, language)}</dt>
                <dd>{when(rule.when)}</dd>
              </div>
            ))}
          </dl>
        </section>
      ))}
      <Typography.Title level={3} className="section-heading">
        {t('scales.detail.critical')}
      </Typography.Title>
      {definition.critical.length === 0 ? (
        <Typography.Paragraph>{t('scales.detail.criticalNone')}</Typography.Paragraph>
      ) : (
        <dl className="rule-list rule-list--critical" data-testid="definition-critical">
          {definition.critical.map((rule) => (
            <div key={rule.id} className="rule-list__rule">
              <dt>{textIn(rule.label, language)}</dt>
              <dd>{when(rule.when)}</dd>
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
