import { describe, expect, it } from 'vitest';
import { scoreScale } from '../../../shared/domain/scales/score-scale';
import { answersOf, shipped, spread } from './shipped-scales';

describe('WHO-5', () => {
  const who5 = shipped('who-5');

  it.each([
    [0, 0, 'very-low', 3],
    [7, 28, 'very-low', 3],
    [8, 32, 'low', 2],
    [12, 48, 'low', 2],
    [13, 52, 'adequate', 0],
    [25, 100, 'adequate', 0],
  ])('a raw score of %i is %i per cent, %s', (raw, percentage, band, concern) => {
    const scoring = scoreScale(who5, answersOf(spread(raw, 5, 0, 5)));
    expect(scoring.scores).toEqual([
      { id: 'percentage', raw, value: percentage, answered: 5, missing: 0, prorated: false, bandId: band },
      { id: 'raw', raw, value: raw, answered: 5, missing: 0, prorated: false, bandId: null },
    ]);
    expect(scoring.concern).toBe(concern);
  });

  it('reads higher as better', () => {
    expect(who5.scores.map((score) => score.direction)).toEqual(['higherIsBetter', 'higherIsBetter']);
  });

  it('gives no score with an item missing', () => {
    expect(scoreScale(who5, answersOf([5, 5, 5, 5])).scores.map((score) => score.value)).toEqual([null, null]);
  });
});

describe('K10', () => {
  const k10 = shipped('k10');

  it.each([
    [10, 'low'],
    [15, 'low'],
    [16, 'moderate'],
    [21, 'moderate'],
    [22, 'high'],
    [29, 'high'],
    [30, 'very-high'],
    [50, 'very-high'],
  ])('a total of %i is %s', (sum, band) => {
    expect(scoreScale(k10, answersOf(spread(sum, 10, 1, 5))).scores[0]).toMatchObject({ raw: sum, bandId: band });
  });

  it('prorates one missing item and gives no total with two', () => {
    // 14 over nine items: 14 × 10 / 9 = 15.6 → 16.
    expect(scoreScale(k10, answersOf([2, 2, 2, 2, 2, 1, 1, 1, 1])).scores[0]).toMatchObject({
      raw: 16,
      bandId: 'moderate',
      prorated: true,
    });
    expect(scoreScale(k10, answersOf([5, 5, 5, 5, 5, 5, 5, 5])).scores[0]).toMatchObject({ raw: null, bandId: null });
  });

  it('takes 0, outside the options 1–5, as invalid', () => {
    const scoring = scoreScale(k10, answersOf([0, 1, 1, 1, 1, 1, 1, 1, 1, 1]));
    expect(scoring.invalid).toEqual(['1']);
    expect(scoring.scores[0]).toMatchObject({ raw: 10, prorated: true, missing: 1 });
  });
});

describe('K6', () => {
  const k6 = shipped('k6');

  it.each([
    [0, 'below-cut-off', 0],
    [12, 'below-cut-off', 0],
    [13, 'probable-serious-distress', 3],
    [24, 'probable-serious-distress', 3],
  ])('a total of %i is %s', (sum, band, concern) => {
    const scoring = scoreScale(k6, answersOf(spread(sum, 6, 0, 4)));
    expect(scoring.scores[0]).toMatchObject({ raw: sum, bandId: band });
    expect(scoring.concern).toBe(concern);
  });

  it('words its cut-off as distress, never as an illness', () => {
    const labels = k6.scores.flatMap((score) => score.bands.flatMap((band) => Object.values(band.label)));
    expect(labels).toContain('可能存在严重心理困扰');
    expect(labels).toContain('Probable serious psychological distress');
    for (const label of labels) expect(label).not.toMatch(/illness|disorder|疾病|精神病/i);
  });
});
