import { CheckCircleOutlined, WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas/common';
import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { CriticalValue } from '../../../shared/schemas/scale-scoring';
import { criticalRule } from './definition-lookup';
import { textIn } from './localized-text';

/** Critical rules raised or not ruled out, each with its label and what happened, in words and an icon. */
export function CriticalLines({
  definition,
  critical,
  language,
}: {
  definition: ScaleDefinition | null;
  critical: CriticalValue[];
  language: Language;
}) {
  const { t } = useTranslation();
  if (critical.length === 0) {
    return (
      <p className="critical-none">
        <CheckCircleOutlined aria-hidden="true" /> {t('scales.score.criticalNone')}
      </p>
    );
  }
  return (
    <ul className="critical-lines" data-testid="critical-lines">
      {critical.map((value) => {
        const rule = definition ? criticalRule(definition, value.id) : undefined;
        return (
          <li key={value.id} className={`critical-line critical-line--${value.status}`}>
            <WarningOutlined aria-hidden="true" />
            <span>
              <strong>{rule ? textIn(rule.label, language) : value.id}</strong>
              <span className="critical-line__status">{t(`scales.score.${value.status}`)}</span>
            </span>
          </li>
        );
      })}
    </ul>
  );
}
