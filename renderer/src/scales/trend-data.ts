import type { TFunction } from 'i18next';
import type { Language } from '../../../shared/schemas/common';
import type { ScaleDefinition, ScaleScoreDefinition } from '../../../shared/schemas/scale-definition';
import type { ScaleResult } from '../../../shared/schemas/scales';
import { bandOf, itemById, optionsOf } from './definition-lookup';
import { textIn } from './localized-text';

export interface ScoreRange {
  min: number;
  max: number;
}

export interface BandArea {
  from: number;
  to: number;
  label: string;
  concern: number;
}

export interface TrendPoint {
  resultId: string;
  date: string;
  value: number;
  /** The band in words; null when the result's band is not one of this definition's. */
  band: string | null;
}

/** The score a trend follows: the first one with bands (PHQ-9's total), else the first one. */
export function chartedScore(definition: ScaleDefinition): ScaleScoreDefinition | undefined {
  return definition.scores.find((score) => score.bands.length > 0) ?? definition.scores[0];
}

/** Every value the score can take, from its items' lowest and highest scores and its transform. */
export function scoreRange(definition: ScaleDefinition, score: ScaleScoreDefinition): ScoreRange {
  let low = 0;
  let high = 0;
  for (const itemId of score.items) {
    const item = itemById(definition, itemId);
    const points =
      item?.kind === 'choice'
        ? optionsOf(definition, item).map((option) => option.value)
        : item?.kind === 'yesNo'
          ? Object.values(item.scoring)
          : [0];
    low += Math.min(...points);
    high += Math.max(...points);
  }
  const ends = [low, high].map((raw) => raw * score.transform.multiply + score.transform.add);
  return { min: Math.min(...ends), max: Math.max(...ends) };
}

const axisSteps = [1, 2, 4, 5, 10, 20, 25, 50, 100];

/**
 * The y axis's step: at most six intervals. The top value gets its label only when it falls on a
 * step; PHQ-9's 27 would otherwise be drawn over the 25 beside it.
 */
export function axisStep(range: ScoreRange): { interval: number; showMaxLabel: boolean } {
  const span = range.max - range.min;
  const interval = axisSteps.find((step) => span / step <= 6) ?? Math.ceil(span / 6);
  return { interval, showMaxLabel: span % interval === 0 };
}

/**
 * The bands as shaded stretches of the chart. Bands are inclusive ranges (0–4, 5–9), so each
 * stretch reaches halfway to its neighbour's and the areas meet without a gap.
 */
export function bandAreas(score: ScaleScoreDefinition, range: ScoreRange, language: Language): BandArea[] {
  const bands = [...score.bands].sort((a, b) => a.min - b.min);
  return bands.map((band, index) => {
    const previous = bands[index - 1];
    const next = bands[index + 1];
    return {
      from: previous ? (previous.max + band.min) / 2 : Math.min(range.min, band.min),
      to: next ? (band.max + next.min) / 2 : Math.max(range.max, band.max),
      label: textIn(band.label, language),
      concern: band.concern,
    };
  });
}

/** A scale's results as points of one score, in the order given; results without a value are left out. */
export function trendPoints(results: ScaleResult[], score: ScaleScoreDefinition, language: Language): TrendPoint[] {
  return results.flatMap((result) => {
    const value = result.scoring.scores.find((candidate) => candidate.id === score.id);
    if (value?.value === null || value?.value === undefined) return [];
    const band = bandOf(score, value.bandId);
    return [
      {
        resultId: result.id,
        date: result.administeredOn,
        value: value.value,
        band: band ? textIn(band.label, language) : null,
      },
    ];
  });
}

/** What the chart shows, in one sentence for screen readers. */
export function trendSummary(
  t: TFunction,
  {
    scale,
    score,
    points,
    formatDate,
  }: { scale: string; score: ScaleScoreDefinition; points: TrendPoint[]; formatDate: (iso: string) => string },
  language: Language,
): string {
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return '';
  const bandText = (point: TrendPoint) => point.band ?? t('scales.score.noBand');
  return t('scales.chart.summary', {
    scale,
    score: textIn(score.label, language),
    count: points.length,
    firstDate: formatDate(first.date),
    firstValue: first.value,
    firstBand: bandText(first),
    lastDate: formatDate(last.date),
    lastValue: last.value,
    lastBand: bandText(last),
    direction: t(`scales.detail.direction.${score.direction}`),
  });
}
