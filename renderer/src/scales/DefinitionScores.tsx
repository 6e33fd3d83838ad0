import { Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../shared/schemas/common';
import type { ScaleDefinition, ScoreBand } from '../../../shared/schemas/scale-definition';
import { itemById } from './definition-lookup';
import { textIn } from './localized-text';

/** Each score: what it sums, how it is transformed, which way is worse, and its bands. */
export function DefinitionScores({ definition, language }: { definition: ScaleDefinition; language: Language }) {
  const { t } = useTranslation();
  if (definition.scores.length === 0) return null;
  return (
    <>
      <Typography.Title level={3} className="section-heading">
        {t('scales.detail.scores')}
      </Typography.Title>
      {definition.scores.map((score) => {
        const { multiply, add } = score.transform;
        const labels = score.items.map((id) => itemById(definition, id)?.label ?? id);
        return (
          <section key={score.id} className="definition-score" aria-label={textIn(score.label, language)}>
            <Typography.Text strong>{textIn(score.label, language)}</Typography.Text>
            <ul className="definition-score__facts">
              <li>{t('scales.detail.scoreItems', { items: labels.join(t('scales.listSeparator')) })}</li>
              {(multiply !== 1 || add !== 0) && <li>{t('scales.detail.transform', { multiply, add })}</li>}
              {score.maxMissing > 0 && <li>{t('scales.detail.maxMissing', { count: score.maxMissing })}</li>}
              <li>{t(`scales.detail.direction.${score.direction}`)}</li>
            </ul>
            {score.bands.length > 0 && (
              <Table<ScoreBand>
                size="small"
                rowKey="id"
                pagination={false}
                dataSource={score.bands}
                columns={[
                  { key: 'label', title: t('scales.detail.band'), render: (_v, band) => textIn(band.label, language) },
                  {
                    key: 'range',
                    title: t('scales.detail.range'),
                    render: (_v, band) => `${band.min}–${band.max}`,
                  },
                  {
                    key: 'concern',
                    title: t('scales.detail.concern'),
                    render: (_v, band) => t('scales.detail.concernLevel', { level: band.concern }),
                  },
                ]}
              />
            )}
          </section>
        );
      })}
    </>
  );
}
