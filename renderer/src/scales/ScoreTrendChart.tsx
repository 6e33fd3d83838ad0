import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { ScaleResult } from '../../../shared/schemas/scales';
import { longDate } from '../sessions/note-time';
import { asLanguage } from './localized-text';
import { trendChartOption } from './trend-chart-option';
import { bandAreas, chartedScore, scoreRange, trendPoints, trendSummary } from './trend-data';

/**
 * One scale's main score over time for one student, once there are two values to compare.
 * Drawn on a canvas, so the figure carries a one-sentence summary for screen readers; the
 * result table beside it holds every value.
 */
export function ScoreTrendChart({
  scale,
  definition,
  results,
}: {
  scale: string;
  definition: ScaleDefinition;
  results: ScaleResult[];
}) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const canvasBox = useRef<HTMLDivElement>(null);

  const chart = useMemo(() => {
    const score = chartedScore(definition);
    const points = score ? trendPoints(results, score, language) : [];
    if (!score || points.length < 2) return null;
    const range = scoreRange(definition, score);
    const formatDate = (iso: string) => longDate(iso, language);
    const shortDate = new Intl.DateTimeFormat(language, { year: 'numeric', month: 'numeric', day: 'numeric' });
    return {
      direction: score.direction,
      summary: trendSummary(t, { scale, score, points, formatDate }, language),
      option: trendChartOption({
        points,
        areas: bandAreas(score, range, language),
        range,
        axisDate: (time) => shortDate.format(new Date(time)),
        tooltip: (point) =>
          t('scales.chart.tooltip', {
            date: formatDate(point.date),
            value: point.value,
            band: point.band ?? t('scales.score.noBand'),
          }),
      }),
    };
  }, [definition, results, language, scale, t]);

  useEffect(() => {
    const box = canvasBox.current;
    if (!box || !chart) return;
    let ended = false;
    let end = () => {};
    // ECharts loads only when a file first shows a trend: the app starts without it.
    void import('./echarts-setup').then(({ initChart }) => {
      if (ended) return;
      const drawn = initChart(box, undefined, { renderer: 'canvas' });
      drawn.setOption(chart.option);
      const resize = new ResizeObserver(() => drawn.resize());
      resize.observe(box);
      end = () => {
        resize.disconnect();
        drawn.dispose();
      };
    });
    return () => {
      ended = true;
      end();
    };
  }, [chart]);

  if (!chart) return null;
  return (
    <figure className="trend-chart" data-testid="trend-chart">
      <div ref={canvasBox} className="trend-chart__canvas" role="img" aria-label={chart.summary} />
      <figcaption className="trend-chart__caption">
        {t('scales.chart.label', { scale })} · {t(`scales.detail.direction.${chart.direction}`)}
      </figcaption>
    </figure>
  );
}
