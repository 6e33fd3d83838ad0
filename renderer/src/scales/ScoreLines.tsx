import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas/common';
import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { ScaleScoring } from '../../../shared/schemas/scale-scoring';
import { BandTag } from './BandTag';
import { bandOf, outcomeRule, scoreDefinition } from './definition-lookup';
import { textIn } from './localized-text';

/** Each score with its value, band and how complete it is; then each outcome's rule. */
export function ScoreLines({
  definition,
  scoring,
  language,
}: {
  definition: ScaleDefinition;
  scoring: ScaleScoring;
  language: Language;
}) {
  const { t } = useTranslation();
  return (
    <dl className="score-lines" data-testid="score-lines">
      {scoring.scores.map((value) => {
        const score = scoreDefinition(definition, value.id);
        const band = bandOf(score, value.bandId);
        return (
          <div key={value.id} className="score-lines__score" data-testid={`score-${value.id}`}>
            <dt>{score ? textIn(score.label, language) : value.id}</dt>
            <dd>
              {value.value === null ? (
                <span className="score-lines__missing">{t('scales.score.notComputed')}</span>
              ) : (
                <>
                  <span className="score-lines__value">{t('scales.score.points', { count: value.value })}</span>
                  {band && <BandTag band={band} language={language} />}
                </>
              )}
              {value.prorated && <span className="score-lines__note">{t('scales.score.prorated')}</span>}
              {value.missing > 0 && (
                <span className="score-lines__note">{t('scales.score.missing', { count: value.missing })}</span>
              )}
            </dd>
          </div>
        );
      })}
      {scoring.outcomes.map((value) => {
        const { outcome, rule } = outcomeRule(definition, value);
        return (
          <div key={value.id} className="score-lines__score" data-testid={`outcome-${value.id}`}>
            <dt>{outcome ? textIn(outcome.label, language) : value.id}</dt>
            <dd>
              {rule ? (
                <BandTag band={rule} language={language} />
              ) : (
                <span className="score-lines__missing">{t('scales.score.outcomeOpen')}</span>
              )}
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
