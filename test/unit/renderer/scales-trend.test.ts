import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import { scoreScale } from '../../../shared/domain/scales/score-scale';
import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';
import { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { ScaleResult } from '../../../shared/schemas/scales';
import gad7Json from '../../../resources/scales/gad-7.json';
import k10Json from '../../../resources/scales/k10.json';
import phq9Json from '../../../resources/scales/phq-9.json';
import who5Json from '../../../resources/scales/who-5.json';
import {
  axisStep,
  bandAreas,
  chartedScore,
  scoreRange,
  trendPoints,
  trendSummary,
} from '../../../renderer/src/scales/trend-data';
import { escapeHtml } from '../../../renderer/src/scales/trend-chart-option';

const phq9 = ScaleDefinition.parse(phq9Json);
const gad7 = ScaleDefinition.parse(gad7Json);
const who5 = ScaleDefinition.parse(who5Json);
const k10 = ScaleDefinition.parse(k10Json);

const i18n = i18next.createInstance();
const t = (language: string) => i18n.getFixedT(language) as TFunction;

beforeAll(async () => {
  await i18n.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'zh-CN',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
});

/** A stored PHQ-9 result whose nine scored items all have `each`, scored by the shared engine. */
function phq9Result(id: string, date: string, each: number): ScaleResult {
  const answers = Object.fromEntries(['1', '2', '3', '4', '5', '6', '7', '8', '9'].map((item) => [item, each]));
  return {
    id,
    studentId: 'student',
    scaleHash: 'a'.repeat(64),
    scaleId: 'phq-9',
    scaleVersion: phq9.version,
    title: phq9.title,
    mode: 'counselor',
    language: 'zh-CN',
    administeredOn: date,
    answers,
    scoring: scoreScale(phq9, answers),
    remark: '',
    screeningId: null,
    createdAt: `${date}T08:00:00.000Z`,
    createdBy: '王丽',
  };
}

describe('what a trend follows', () => {
  test('the first score with bands: PHQ-9 total, WHO-5 percentage (not its unbanded raw score)', () => {
    expect(chartedScore(phq9)?.id).toBe('total');
    expect(chartedScore(who5)?.id).toBe('percentage');
    const rawFirst = { ...who5, scores: [...who5.scores].reverse() };
    expect(rawFirst.scores[0]?.id).toBe('raw');
    expect(chartedScore(rawFirst)?.id).toBe('percentage');
  });

  test('the y axis spans every value the score can take, transform and offsets included', () => {
    expect(scoreRange(phq9, chartedScore(phq9)!)).toEqual({ min: 0, max: 27 });
    expect(scoreRange(gad7, chartedScore(gad7)!)).toEqual({ min: 0, max: 21 });
    expect(scoreRange(who5, chartedScore(who5)!)).toEqual({ min: 0, max: 100 });
    expect(scoreRange(k10, chartedScore(k10)!)).toEqual({ min: 10, max: 50 });
  });

  test('axis steps give at most six intervals and label the top only when it falls on a step', () => {
    expect(axisStep({ min: 0, max: 27 })).toEqual({ interval: 5, showMaxLabel: false });
    expect(axisStep({ min: 0, max: 100 })).toEqual({ interval: 20, showMaxLabel: true });
    expect(axisStep({ min: 10, max: 50 })).toEqual({ interval: 10, showMaxLabel: true });
    expect(axisStep({ min: 0, max: 6 })).toEqual({ interval: 1, showMaxLabel: true });
  });
});

describe('band areas', () => {
  test('meet halfway between inclusive bands and reach both ends of the range, labelled in the language asked', () => {
    const score = chartedScore(phq9)!;
    const areas = bandAreas(score, scoreRange(phq9, score), 'zh-CN');
    expect(areas.map((area) => [area.from, area.to])).toEqual([
      [0, 4.5],
      [4.5, 9.5],
      [9.5, 14.5],
      [14.5, 19.5],
      [19.5, 27],
    ]);
    expect(areas[2]).toEqual({ from: 9.5, to: 14.5, label: '中度抑郁症状', concern: 2 });
  });

  test('follow the bands, not the direction: on WHO-5 the low values carry the most concern', () => {
    const score = chartedScore(who5)!;
    const areas = bandAreas(score, scoreRange(who5, score), 'en');
    expect(areas.map((area) => [area.from, area.to, area.concern])).toEqual([
      [0, 30, 3],
      [30, 51, 2],
      [51, 100, 0],
    ]);
    expect(score.direction).toBe('higherIsBetter');
  });
});

describe('trend points and the spoken summary', () => {
  const results = [phq9Result('first', '2026-03-02', 2), phq9Result('second', '2026-04-06', 1)];

  test('each result gives its value and band in words', () => {
    expect(trendPoints(results, chartedScore(phq9)!, 'zh-CN')).toEqual([
      { resultId: 'first', date: '2026-03-02', value: 18, band: '中重度抑郁症状' },
      { resultId: 'second', date: '2026-04-06', value: 9, band: '轻度抑郁症状' },
    ]);
  });

  test('a result whose score could not be computed is left out, not drawn as zero', () => {
    const missing = { ...phq9Result('third', '2026-05-04', 1), answers: {} };
    missing.scoring = scoreScale(phq9, {});
    expect(trendPoints([...results, missing], chartedScore(phq9)!, 'en').map((point) => point.resultId)).toEqual([
      'first',
      'second',
    ]);
  });

  test('the summary names first and latest values with bands and says which way is worse', () => {
    const score = chartedScore(phq9)!;
    const points = trendPoints(results, score, 'en');
    const summary = trendSummary(t('en'), { scale: 'PHQ-9', score, points, formatDate: (iso) => `on-${iso}` }, 'en');
    expect(summary).toBe(
      'PHQ-9 (Total score), 2 results: first on on-2026-03-02, 18 (Moderately severe depressive symptoms); ' +
        'latest on on-2026-04-06, 9 (Mild depressive symptoms). Higher scores mean more concern.',
    );
    expect(trendSummary(t('zh-CN'), { scale: 'PHQ-9', score, points: [], formatDate: String }, 'zh-CN')).toBe('');
  });

  test('tooltip text from district files cannot become markup', () => {
    expect(escapeHtml('<img src=x onerror="a()">&\'')).toBe('&lt;img src=x onerror=&quot;a()&quot;&gt;&amp;&#39;');
  });
});
