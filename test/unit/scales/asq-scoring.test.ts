import { describe, expect, it } from 'vitest';
import type { YesNoAnswer } from '../../../shared/schemas/scale-definition';
import { applicableItems } from '../../../shared/domain/scales/item-states';
import { scoreScale } from '../../../shared/domain/scales/score-scale';
import { answersOf, shipped } from './shipped-scales';

const asq = shipped('asq');
const choices: (YesNoAnswer | undefined)[] = ['yes', 'no', 'refused', undefined];

/** The published rule, written out independently of the definition. */
function expected(first4: (YesNoAnswer | undefined)[], fifth: YesNoAnswer | undefined) {
  const positive = first4.some((answer) => answer === 'yes' || answer === 'refused');
  if (!positive) return first4.every((answer) => answer === 'no') ? 'negative' : null;
  if (fifth === undefined) return null;
  return fifth === 'no' ? 'non-acute-positive' : 'acute-positive';
}

describe('ASQ', () => {
  const combinations = choices.flatMap((a) =>
    choices.flatMap((b) => choices.flatMap((c) => choices.flatMap((d) => choices.map((e) => [a, b, c, d, e])))),
  );

  it('classifies every combination of answers, refusals and gaps as the published rule does', () => {
    expect(combinations).toHaveLength(4 ** 5);
    for (const answers of combinations) {
      const scoring = scoreScale(asq, answersOf(answers));
      expect(scoring.outcomes[0]?.ruleId, answers.join(',')).toBe(expected(answers.slice(0, 4), answers[4]));
    }
  });

  it('asks item 5 only after a yes or a refusal on items 1–4, and ignores an answer to it otherwise', () => {
    const negative = answersOf(['no', 'no', 'no', 'no', 'yes']);
    expect(applicableItems(asq, negative).map((item) => item.id)).toEqual(['1', '2', '3', '4']);
    expect(scoreScale(asq, negative)).toMatchObject({
      outcomes: [{ id: 'screen', ruleId: 'negative' }],
      critical: [],
      complete: true,
      unanswered: [],
      invalid: [],
      concern: 0,
    });
    expect(applicableItems(asq, answersOf(['no', 'refused', 'no', 'no'])).map((item) => item.id)).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
    ]);
  });

  it('raises the positive screen as critical, and the acute one when item 5 is yes or refused', () => {
    expect(scoreScale(asq, answersOf(['no', 'no', 'yes', 'no', 'no']))).toMatchObject({
      outcomes: [{ ruleId: 'non-acute-positive' }],
      critical: [{ id: 'positive', status: 'raised' }],
      concern: 4,
    });
    expect(scoreScale(asq, answersOf(['no', 'no', 'no', 'refused', 'refused']))).toMatchObject({
      outcomes: [{ ruleId: 'acute-positive' }],
      critical: [
        { id: 'positive', status: 'raised' },
        { id: 'acute', status: 'raised' },
      ],
      concern: 5,
    });
  });

  it('flags item 5 unanswered after a positive screen, and the screen unanswered while 1–4 have gaps', () => {
    expect(scoreScale(asq, answersOf(['yes', 'no', 'no', 'no']))).toMatchObject({
      critical: [
        { id: 'positive', status: 'raised' },
        { id: 'acute', status: 'unanswered' },
      ],
      unanswered: ['5'],
      complete: false,
    });
    expect(scoreScale(asq, answersOf(['no', undefined, 'no', 'no']))).toMatchObject({
      critical: [{ id: 'positive', status: 'unanswered' }],
      unanswered: ['2'],
    });
  });

  it('takes an answer that is not yes, no or refused as invalid and unanswered', () => {
    const scoring = scoreScale(asq, answersOf([1, 'no', 'no', 'no']));
    expect(scoring.invalid).toEqual(['1']);
    expect(scoring.unanswered).toEqual(['1']);
    expect(scoring.outcomes[0]?.ruleId).toBeNull();
  });
});
