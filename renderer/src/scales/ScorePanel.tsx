import { Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas/common';
import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { ScaleScoring } from '../../../shared/schemas/scale-scoring';
import { CriticalLines } from './CriticalLines';
import { ScoreLines } from './ScoreLines';

/**
 * The live score beside the form, from the same engine the backend scores the saved result
 * with. A polite live region: a screen reader hears the new score after each answer.
 */
export function ScorePanel({
  definition,
  scoring,
  language,
  answered,
  total,
}: {
  definition: ScaleDefinition;
  scoring: ScaleScoring;
  language: Language;
  answered: number;
  total: number;
}) {
  const { t } = useTranslation();
  return (
    <aside className="score-panel" aria-labelledby="score-panel-title" data-testid="score-panel">
      <h2 id="score-panel-title" className="score-panel__title">
        {t('scales.score.title')}
      </h2>
      <Typography.Text type="secondary" className="score-panel__hint">
        {t('scales.score.live')} · {t('scales.administer.answered', { answered, total })}
      </Typography.Text>
      <div aria-live="polite">
        <ScoreLines definition={definition} scoring={scoring} language={language} />
        <h3 className="score-panel__subtitle">{t('scales.score.critical')}</h3>
        <CriticalLines definition={definition} critical={scoring.critical} language={language} />
      </div>
    </aside>
  );
}
