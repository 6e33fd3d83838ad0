import { describe, expect, it } from 'vitest';
import { evaluateCondition, type ConditionFacts } from '../../../shared/domain/scales/conditions';
import type { ItemState } from '../../../shared/domain/scales/item-states';
import { applicableItems } from '../../../shared/domain/scales/item-states';
import { scoreScale } from '../../../shared/domain/scales/score-scale';
import { ScaleDefinition, type ScaleDefinitionInput } from '../../../shared/schemas/scale-definition';
import { en, syntheticDefinition } from './synthetic-definition';

const parse = (input: ScaleDefinitionInput) => ScaleDefinition.parse(input);
const base = parse(syntheticDefinition());

describe('item scores', () => {
  it('score a choice by its option value, and a reverse item as lowest + highest − value', () => {
    expect(scoreScale(base, { a: 1, b: 2, c: 0 }).scores[0]).toMatchObject({ raw: 6, bandId: 'high' });
    expect(scoreScale(base, { a: 1, b: 2, c: 3 }).scores[0]).toMatchObject({ raw: 3, bandId: 'low' });
  });

  it('reverse uneven option values around their own ends', () => {
    const input = syntheticDefinition();
    input.optionSets = [{ id: 'often', options: [0, 1, 3].map((value) => ({ value, label: en(`option ${value}`) })) }];
    input.scores = [{ id: 'total', label: en('Total'), items: ['c'], direction: 'higherIsWorse' }];
    const definition = parse(input);
    expect([0, 1, 3].map((value) => scoreScale(definition, { a: 0, b: 0, c: value }).scores[0]?.raw)).toEqual([
      3, 2, 0,
    ]);
  });

  it('score yes/no items by their scoring, refusals included', () => {
    const input = syntheticDefinition();
    input.items = [{ id: 'a', label: '1', kind: 'yesNo', text: en('Asked'), scoring: { yes: 2, no: 0, refused: 1 } }];
    input.scores = [{ id: 'total', label: en('Total'), items: ['a'], direction: 'higherIsWorse' }];
    const definition = parse(input);
    expect(['yes', 'no', 'refused'].map((answer) => scoreScale(definition, { a: answer }).scores[0]?.raw)).toEqual([
      2, 0, 1,
    ]);
  });
});

describe('answers that do not fit', () => {
  const input = syntheticDefinition();
  input.items.push(
    { id: 'd', label: '4', kind: 'yesNo', text: en('Yes or no'), scoring: { yes: 1, no: 0, refused: 1 } },
    { id: 'e', label: '5', kind: 'text', text: en('In your words'), maxLength: 5 },
  );
  const definition = parse(input);

  it('go to invalid, count as unanswered and score nothing', () => {
    const scoring = scoreScale(definition, { a: 7, b: 'yes', c: 1.5, d: 1, e: 'far too long' });
    expect(scoring.invalid).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(scoring.unanswered).toEqual(['a', 'b', 'c', 'd']);
    expect(scoring.scores[0]).toMatchObject({ raw: null, answered: 0, missing: 3 });
    expect(scoring.complete).toBe(false);
  });

  it('leave free text optional and never scored', () => {
    const blank = scoreScale(definition, { a: 0, b: 0, c: 3, d: 'no', e: '  ' });
    expect(blank).toMatchObject({ complete: true, unanswered: [], invalid: [] });
    expect(scoreScale(definition, { a: 0, b: 0, c: 3, d: 'no', e: 'fine' }).scores).toEqual(blank.scores);
  });

  it('are ignored when their id is no item, even one on Object.prototype', () => {
    const inherited = syntheticDefinition();
    inherited.items[0] = { ...inherited.items[0]!, id: 'constructor' };
    inherited.scores = [
      { id: 'total', label: en('Total'), items: ['constructor', 'b', 'c'], direction: 'higherIsWorse' },
    ];
    const scoring = scoreScale(parse(inherited), { b: 1, c: 3, stranger: 2 });
    expect(scoring).toMatchObject({ unanswered: ['constructor'], invalid: [] });
  });
});

describe('missing items', () => {
  const withAllowance = (maxMissing: number) => {
    const input = syntheticDefinition();
    input.scores = [{ ...input.scores![0]!, maxMissing }];
    return parse(input);
  };

  it('prorate within maxMissing, rounding half up', () => {
    // 3 × 3 / 2 = 4.5 → 5.
    expect(scoreScale(withAllowance(1), { a: 1, b: 2 }).scores[0]).toEqual({
      id: 'total',
      raw: 5,
      value: 5,
      answered: 2,
      missing: 1,
      prorated: true,
      bandId: 'high',
    });
  });

  it('leave no score beyond maxMissing', () => {
    expect(scoreScale(withAllowance(0), { a: 1, b: 2 }).scores[0]).toMatchObject({ raw: null, bandId: null });
    expect(scoreScale(withAllowance(1), { a: 1 }).scores[0]).toMatchObject({ raw: null, missing: 2 });
  });
});

describe('conditional items', () => {
  const input = syntheticDefinition();
  input.items[2] = { ...input.items[2]!, showIf: { item: 'a', gte: 2 } };
  const definition = parse(input);

  it('are asked only when their condition holds, and then count like any item', () => {
    expect(applicableItems(definition, { a: 1 }).map((item) => item.id)).toEqual(['a', 'b']);
    expect(applicableItems(definition, { a: 2 }).map((item) => item.id)).toEqual(['a', 'b', 'c']);
    expect(scoreScale(definition, { a: 2, b: 0 }).unanswered).toEqual(['c']);
  });

  it('are neither missing nor scored when not asked, and an answer to them is ignored', () => {
    expect(scoreScale(definition, { a: 1, b: 1, c: 0 })).toMatchObject({
      scores: [{ raw: 2, answered: 2, missing: 0 }],
      complete: true,
      invalid: [],
    });
  });

  it('are not asked while the condition waits for an answer', () => {
    expect(applicableItems(definition, {}).map((item) => item.id)).toEqual(['a', 'b']);
  });

  it('make a score of items none of which was asked 0', () => {
    const only = syntheticDefinition();
    only.items[2] = { ...only.items[2]!, showIf: { item: 'a', gte: 2 } };
    only.scores = [
      {
        id: 'conditional',
        label: en('Conditional'),
        items: ['c'],
        direction: 'higherIsWorse',
        bands: [
          { id: 'none', label: en('None'), min: 0, max: 0, concern: 0 },
          { id: 'some', label: en('Some'), min: 1, max: 3, concern: 1 },
        ],
      },
    ];
    expect(scoreScale(parse(only), { a: 0, b: 0 }).scores[0]).toEqual({
      id: 'conditional',
      raw: 0,
      value: 0,
      answered: 0,
      missing: 0,
      prorated: false,
      bandId: 'none',
    });
  });

  it('leave no score when the only asked item is missing, however many may be', () => {
    const both = syntheticDefinition();
    both.items[2] = { ...both.items[2]!, showIf: { item: 'a', gte: 2 } };
    both.scores = [{ id: 'pair', label: en('Pair'), items: ['b', 'c'], maxMissing: 1, direction: 'higherIsWorse' }];
    expect(scoreScale(parse(both), { a: 0 }).scores[0]).toMatchObject({ raw: null, answered: 0, missing: 1 });
  });
});

describe('outcomes and critical rules', () => {
  const input = syntheticDefinition();
  input.scores = [{ ...input.scores![0]!, maxMissing: 1 }];
  input.outcomes = [
    {
      id: 'reading',
      label: en('Reading'),
      rules: [
        { id: 'high-total', label: en('High total'), when: { score: 'total', gte: 5 }, concern: 3 },
        { id: 'a-high', label: en('First item high'), when: { item: 'a', gte: 2 }, concern: 1 },
      ],
    },
  ];
  input.critical = [{ id: 'total', label: en('Total'), items: ['a', 'b', 'c'], when: { score: 'total', gte: 5 } }];
  const definition = parse(input);

  it('take the first rule that holds, and its concern', () => {
    const scoring = scoreScale(definition, { a: 3, b: 3, c: 3 });
    expect(scoring.outcomes).toEqual([{ id: 'reading', ruleId: 'high-total' }]);
    expect(scoring.concern).toBe(3);
    expect(scoreScale(definition, { a: 2, b: 0, c: 3 }).outcomes[0]?.ruleId).toBe('a-high');
  });

  it('leave an outcome undecided when no rule holds', () => {
    expect(scoreScale(definition, { a: 0, b: 0, c: 3 })).toMatchObject({
      outcomes: [{ ruleId: null }],
      concern: 0,
    });
  });

  it('let a prorated score settle an outcome but never raise a critical rule', () => {
    const scoring = scoreScale(definition, { a: 3, b: 3 });
    expect(scoring.scores[0]).toMatchObject({ raw: 9, prorated: true });
    expect(scoring.outcomes[0]?.ruleId).toBe('high-total');
    expect(scoring.critical).toEqual([{ id: 'total', status: 'unanswered' }]);
    expect(scoreScale(definition, { a: 3, b: 3, c: 0 }).critical).toEqual([{ id: 'total', status: 'raised' }]);
    expect(scoreScale(definition, { a: 0, b: 0, c: 3 }).critical).toEqual([]);
  });
});

describe('conditions', () => {
  const answered = (score: number, answer: number | 'yes' | 'no' | 'refused' = score): ItemState => ({
    applicable: true,
    answer: { status: 'scored', score, answer },
  });
  const states: Record<string, ItemState> = {
    two: answered(2),
    yes: answered(1, 'yes'),
    gap: { applicable: true, answer: { status: 'unanswered' } },
    wrong: { applicable: true, answer: { status: 'invalid' } },
    skipped: { applicable: false },
  };
  const facts: ConditionFacts = { item: (id) => states[id], scoreValue: (id) => (id === 'known' ? 7 : undefined) };
  const holds = { item: 'two', equals: 2 };
  const fails = { item: 'two', gte: 3 };
  const open = { item: 'gap', gte: 0 };

  it('compare answered items inclusively, and answers of yes/no items', () => {
    expect(evaluateCondition({ item: 'two', gte: 2, lte: 2 }, facts)).toBe('holds');
    expect(evaluateCondition(fails, facts)).toBe('fails');
    expect(evaluateCondition({ item: 'yes', answerIn: ['yes', 'refused'] }, facts)).toBe('holds');
    expect(evaluateCondition({ item: 'yes', answerIn: ['no'] }, facts)).toBe('fails');
  });

  it('know nothing of unanswered or invalid items, and fail on items not asked', () => {
    expect(evaluateCondition(open, facts)).toBe('unknown');
    expect(evaluateCondition({ item: 'wrong', lte: 3 }, facts)).toBe('unknown');
    expect(evaluateCondition({ item: 'skipped', gte: 0 }, facts)).toBe('fails');
    expect(evaluateCondition({ unanswered: 'gap' }, facts)).toBe('holds');
    expect(evaluateCondition({ unanswered: 'wrong' }, facts)).toBe('holds');
    expect(evaluateCondition({ unanswered: 'skipped' }, facts)).toBe('fails');
    expect(evaluateCondition({ unanswered: 'two' }, facts)).toBe('fails');
  });

  it('combine so that an unknown part matters only when it could change the result', () => {
    expect(evaluateCondition({ any: [open, holds] }, facts)).toBe('holds');
    expect(evaluateCondition({ any: [open, fails] }, facts)).toBe('unknown');
    expect(evaluateCondition({ all: [open, fails] }, facts)).toBe('fails');
    expect(evaluateCondition({ all: [open, holds] }, facts)).toBe('unknown');
    expect(evaluateCondition({ not: open }, facts)).toBe('unknown');
    expect(evaluateCondition({ not: fails }, facts)).toBe('holds');
  });

  it('count conditions that hold, deciding only when the unknown ones cannot matter', () => {
    expect(evaluateCondition({ countOf: [holds, holds, open], gte: 2 }, facts)).toBe('holds');
    expect(evaluateCondition({ countOf: [holds, fails, open], gte: 2 }, facts)).toBe('unknown');
    expect(evaluateCondition({ countOf: [fails, fails, open], gte: 2 }, facts)).toBe('fails');
    expect(evaluateCondition({ countOf: [holds, fails, open], lte: 1 }, facts)).toBe('unknown');
    expect(evaluateCondition({ countOf: [holds, holds, open], lte: 1 }, facts)).toBe('fails');
    expect(evaluateCondition({ countOf: [holds, fails], gte: 1, lte: 1 }, facts)).toBe('holds');
  });

  it('read score values, unknown when there is none', () => {
    expect(evaluateCondition({ score: 'known', gte: 7 }, facts)).toBe('holds');
    expect(evaluateCondition({ score: 'known', lte: 6 }, facts)).toBe('fails');
    expect(evaluateCondition({ score: 'prorated', gte: 0 }, facts)).toBe('unknown');
  });
});
