import { describe, expect, it } from 'vitest';
import { scoreScale } from '../../../shared/domain/scales/score-scale';
import { answersOf, shipped, spread } from './shipped-scales';

describe('PHQ-9', () => {
  const phq9 = shipped('phq-9');
  const total = (answers: ReturnType<typeof answersOf>) => scoreScale(phq9, answers).scores[0];

  it.each([
    [0, 'minimal', 0],
    [4, 'minimal', 0],
    [5, 'mild', 1],
    [9, 'mild', 1],
    [10, 'moderate', 2],
    [14, 'moderate', 2],
    [15, 'moderately-severe', 3],
    [19, 'moderately-severe', 3],
    [20, 'severe', 4],
    [27, 'severe', 4],
  ])('a total of %i is %s', (sum, band, concern) => {
    const scoring = scoreScale(phq9, answersOf([...spread(sum, 9, 0, 3), 0]));
    expect(scoring.scores[0]).toMatchObject({ id: 'total', raw: sum, value: sum, bandId: band, prorated: false });
    expect(scoring.concern).toBeGreaterThanOrEqual(concern);
    expect(scoring.complete).toBe(true);
  });

  it('raises item 9 at 1 whatever the total', () => {
    const scoring = scoreScale(phq9, answersOf([0, 0, 0, 0, 0, 0, 0, 0, 1, 0]));
    expect(scoring.scores[0]).toMatchObject({ raw: 1, bandId: 'minimal' });
    expect(scoring.critical).toEqual([{ id: 'item-9', status: 'raised' }]);
  });

  it('leaves item 9 at 0 without a critical flag', () => {
    expect(scoreScale(phq9, answersOf([3, 3, 3, 3, 3, 3, 3, 3, 0, 3])).critical).toEqual([]);
  });

  it('flags item 9 unanswered instead of imputing it, though the total is prorated', () => {
    const scoring = scoreScale(phq9, answersOf([3, 3, 3, 3, 3, 3, 3, 3, undefined, 3]));
    expect(scoring.critical).toEqual([{ id: 'item-9', status: 'unanswered' }]);
    expect(scoring.scores[0]).toMatchObject({ raw: 27, prorated: true, missing: 1, answered: 8 });
    expect(scoring.unanswered).toEqual(['9']);
    expect(scoring.complete).toBe(false);
  });

  it('prorates up to two missing items, rounding half up, and gives no total beyond', () => {
    // 13 over 8 items: 13 × 9 / 8 = 14.625 → 15, a band above the unprorated sum.
    expect(total(answersOf([3, 3, 3, 3, 1, 0, 0, undefined, 0]))).toMatchObject({
      raw: 15,
      bandId: 'moderately-severe',
      prorated: true,
    });
    // 4 × 9 / 8 = 4.5 → 5.
    expect(total(answersOf([1, 1, 1, 1, 0, 0, 0, undefined, 0]))).toMatchObject({ raw: 5, bandId: 'mild' });
    expect(total(answersOf([1, 1, 1, 1, 1, 1, 1, undefined, undefined]))).toMatchObject({
      raw: 9,
      missing: 2,
      prorated: true,
    });
    expect(total(answersOf([1, 1, 1, 1, 1, 1, undefined, undefined, undefined]))).toEqual({
      id: 'total',
      raw: null,
      value: null,
      answered: 6,
      missing: 3,
      prorated: false,
      bandId: null,
    });
  });

  it('asks item 10 only after a problem was checked, and never scores it', () => {
    const allZero = scoreScale(phq9, answersOf([0, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(allZero.complete).toBe(true);
    expect(allZero.unanswered).toEqual([]);
    const withProblem = scoreScale(phq9, answersOf([1, 0, 0, 0, 0, 0, 0, 0, 0]));
    expect(withProblem.unanswered).toEqual(['10']);
    expect(withProblem.scores[0]?.raw).toBe(1);
    const answered = scoreScale(phq9, answersOf([1, 0, 0, 0, 0, 0, 0, 0, 0, 3]));
    expect(answered.complete).toBe(true);
    expect(answered.scores[0]?.raw).toBe(1);
  });

  describe('the syndrome rule', () => {
    const syndrome = (values: (number | undefined)[]) => scoreScale(phq9, answersOf(values)).outcomes[0]?.ruleId;

    it('finds a major depressive pattern: item 1 or 2 at ≥ 2 and five symptoms, item 9 counting at 1', () => {
      expect(syndrome([2, 2, 2, 2, 2, 0, 0, 0, 0, 1])).toBe('major');
      expect(syndrome([0, 3, 2, 2, 2, 0, 0, 0, 1, 1])).toBe('major');
      expect(syndrome([0, 3, 2, 2, 2, 0, 0, 0, 0, 1])).toBe('other');
      expect(syndrome([0, 3, 2, 2, 2, 0, 0, 1, 0, 1])).toBe('other');
    });

    it('finds another depressive pattern with two to four symptoms', () => {
      expect(syndrome([2, 0, 2, 0, 0, 0, 0, 0, 0, 1])).toBe('other');
      expect(syndrome([0, 2, 2, 2, 2, 0, 0, 0, 0, 1])).toBe('other');
    });

    it('finds neither without item 1 or 2, or with one symptom only', () => {
      expect(syndrome([1, 1, 3, 3, 3, 3, 3, 3, 1, 1])).toBe('neither');
      expect(syndrome([2, 0, 0, 0, 0, 0, 0, 0, 0, 1])).toBe('neither');
      expect(syndrome([0, 0, 0, 0, 0, 0, 0, 0, 0])).toBe('neither');
    });

    it('stays undecided while an unanswered item could change it, and decides when none could', () => {
      expect(syndrome([2, 2, 2, 2, undefined, 0, 0, 0, 0, 1])).toBeNull();
      expect(syndrome([0, 0, 3, 3, undefined, 0, 0, 0, 0, 1])).toBe('neither');
    });
  });
});

describe('GAD-7', () => {
  const gad7 = shipped('gad-7');

  it.each([
    [0, 'minimal'],
    [4, 'minimal'],
    [5, 'mild'],
    [9, 'mild'],
    [10, 'moderate'],
    [14, 'moderate'],
    [15, 'severe'],
    [21, 'severe'],
  ])('a total of %i is %s', (sum, band) => {
    expect(scoreScale(gad7, answersOf(spread(sum, 7, 0, 3))).scores[0]).toMatchObject({ raw: sum, bandId: band });
  });

  it('gives no total with any item missing', () => {
    expect(scoreScale(gad7, answersOf([3, 3, 3, 3, 3, 3])).scores[0]).toMatchObject({ raw: null, bandId: null });
  });
});

describe.each([
  ['phq-2', 'PHQ-9'],
  ['gad-2', 'GAD-7'],
])('%s', (id) => {
  const scale = shipped(id);

  it.each([
    [0, 'negative', 0],
    [2, 'negative', 0],
    [3, 'positive', 2],
    [6, 'positive', 2],
  ])('a total of %i is %s', (sum, band, concern) => {
    const scoring = scoreScale(scale, answersOf(spread(sum, 2, 0, 3)));
    expect(scoring.scores[0]).toMatchObject({ raw: sum, bandId: band });
    expect(scoring.concern).toBe(concern);
  });

  it('gives no total with an item missing', () => {
    expect(scoreScale(scale, answersOf([3])).scores[0]?.raw).toBeNull();
  });
});
