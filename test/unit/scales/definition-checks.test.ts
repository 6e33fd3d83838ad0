import { describe, expect, it } from 'vitest';
import { ScaleDefinition, type ScaleDefinitionInput } from '../../../shared/schemas/scale-definition';
import { en, syntheticDefinition } from './synthetic-definition';

/** The issues of a definition after one change, as `path: message` lines. */
function issuesAfter(change: (input: ScaleDefinitionInput) => void): string[] {
  const input = syntheticDefinition();
  change(input);
  const result = ScaleDefinition.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

const band = (id: string, min: number, max: number) => ({ id, label: en(id), min, max, concern: 0 });
const total = (input: ScaleDefinitionInput) => input.scores![0]!;

describe('the definition checks', () => {
  it('accept the synthetic definition unchanged', () => {
    expect(issuesAfter(() => {})).toEqual([]);
  });

  describe('refuse repeated ids', () => {
    it.each<[string, (input: ScaleDefinitionInput) => void, string]>([
      ['items', (input) => (input.items[1]!.id = 'a'), 'items.1.id: duplicate item id "a"'],
      [
        'option sets',
        (input) => input.optionSets!.push({ ...input.optionSets![0]! }),
        'optionSets.1.id: duplicate option set id "often"',
      ],
      ['scores', (input) => input.scores!.push({ ...total(input) }), 'scores.1.id: duplicate score id "total"'],
      [
        'bands within a score',
        (input) => (total(input).bands = [band('low', 0, 4), band('low', 5, 9)]),
        'scores.0.bands.1.id: duplicate band id "low"',
      ],
      [
        'outcomes',
        (input) => {
          const outcome = {
            id: 'o',
            label: en('O'),
            rules: [{ id: 'r', label: en('R'), when: { unanswered: 'a' }, concern: 0 }],
          };
          input.outcomes = [outcome, outcome];
        },
        'outcomes.1.id: duplicate outcome id "o"',
      ],
      [
        'rules within an outcome',
        (input) => {
          const rule = { id: 'r', label: en('R'), when: { unanswered: 'a' }, concern: 0 };
          input.outcomes = [{ id: 'o', label: en('O'), rules: [rule, rule] }];
        },
        'outcomes.0.rules.1.id: duplicate rule id "r"',
      ],
      [
        'critical rules',
        (input) => {
          const rule = { id: 'c', label: en('C'), items: ['a'], when: { item: 'a', gte: 3 } };
          input.critical = [rule, rule];
        },
        'critical.1.id: duplicate critical rule id "c"',
      ],
    ])('of %s', (_what, change, issue) => {
      expect(issuesAfter(change)).toContain(issue);
    });
  });

  describe('refuse references to nothing', () => {
    it.each<[string, (input: ScaleDefinitionInput) => void, string]>([
      [
        'an unknown option set',
        (input) => (input.items[0] = { ...input.items[0]!, optionSet: 'never' } as ScaleDefinitionInput['items'][0]),
        'items.0.optionSet: refers to unknown option set "never"',
      ],
      [
        'an unknown item in a score',
        (input) => total(input).items.push('z'),
        'scores.0.items.3: refers to unknown item "z"',
      ],
      [
        'an unknown item in a critical rule',
        (input) => (input.critical = [{ id: 'c', label: en('C'), items: ['z'], when: { unanswered: 'z' } }]),
        'critical.0.items.0: refers to unknown item "z"',
      ],
      [
        'an unknown item in a condition',
        (input) =>
          (input.outcomes = [
            {
              id: 'o',
              label: en('O'),
              rules: [{ id: 'r', label: en('R'), when: { all: [{ item: 'z', gte: 1 }] }, concern: 0 }],
            },
          ]),
        'outcomes.0.rules.0.when.all.0.item: refers to unknown item: "z"',
      ],
      [
        'an unknown score in a condition',
        (input) =>
          (input.outcomes = [
            {
              id: 'o',
              label: en('O'),
              rules: [{ id: 'r', label: en('R'), when: { score: 'sum', gte: 1 }, concern: 0 }],
            },
          ]),
        'outcomes.0.rules.0.when.score: refers to unknown score "sum"',
      ],
      [
        'a later item from a showIf',
        (input) => (input.items[0] = { ...input.items[0]!, showIf: { item: 'b', gte: 1 } }),
        'items.0.showIf.item: may read only earlier items: "b"',
      ],
      [
        'a score from a showIf',
        (input) => (input.items[1] = { ...input.items[1]!, showIf: { score: 'total', gte: 1 } }),
        'items.1.showIf.score: a conditional item cannot read a score',
      ],
    ])('such as %s', (_what, change, issue) => {
      expect(issuesAfter(change)).toContain(issue);
    });
  });

  it('refuse conditions that cannot work', () => {
    const when = (condition: object) => (input: ScaleDefinitionInput) =>
      (input.outcomes = [
        { id: 'o', label: en('O'), rules: [{ id: 'r', label: en('R'), when: condition as never, concern: 0 }] },
      ]);
    expect(issuesAfter(when({ item: 'a', answerIn: ['yes'] }))).toEqual([
      'outcomes.0.rules.0.when.answerIn: answerIn needs a yes/no item',
    ]);
    expect(issuesAfter(when({ item: 'a' }))).toEqual(['outcomes.0.rules.0.when: needs gte, lte or equals']);
    expect(issuesAfter(when({ item: 'a', gte: 3, lte: 1 }))).toEqual([
      'outcomes.0.rules.0.when: never holds: gte is above lte',
    ]);
    expect(issuesAfter(when({ countOf: [{ item: 'a', gte: 1 }] }))).toEqual([
      'outcomes.0.rules.0.when: needs gte or lte',
    ]);
  });

  it('refuse a critical rule whose condition reads an item it does not list', () => {
    expect(
      issuesAfter((input) => {
        input.critical = [
          {
            id: 'c',
            label: en('C'),
            items: ['a'],
            when: {
              any: [
                { item: 'a', gte: 3 },
                { item: 'b', gte: 3 },
              ],
            },
          },
        ];
      }),
    ).toEqual(['critical.0.items: must list item "b", which its condition reads']);
  });

  it('refuse scores of text, items listed twice, and a maxMissing that leaves nothing', () => {
    expect(
      issuesAfter((input) => {
        input.items.push({ id: 'note', label: '4', kind: 'text', text: en('Note'), maxLength: 100 });
        total(input).items = ['a', 'b', 'a', 'note'];
        total(input).maxMissing = 4;
      }),
    ).toEqual([
      'scores.0.items.2: lists item "a" twice',
      'scores.0.items.3: a text item is never scored',
      'scores.0.maxMissing: must be below the number of items',
    ]);
  });

  describe('hold bands to the values the score can take (0–9)', () => {
    const withBands = (...bands: ReturnType<typeof band>[]) => issuesAfter((input) => (total(input).bands = bands));

    it('refusing a gap', () => {
      expect(withBands(band('low', 0, 3), band('high', 5, 9))).toEqual(['scores.0.bands: no band holds the value 4']);
    });

    it('refusing an overlap', () => {
      expect(withBands(band('low', 0, 4), band('high', 4, 9))).toEqual(['scores.0.bands.1.min: overlaps band "low"']);
    });

    it('refusing bands that stop short of either end or reach past it', () => {
      expect(withBands(band('low', 1, 4), band('high', 5, 9))).toContain(
        'scores.0.bands.0.min: the lowest band must start at 0, the lowest value',
      );
      expect(withBands(band('low', 0, 4), band('high', 5, 8))).toContain(
        'scores.0.bands.1.max: the highest band must end at 9, the highest value',
      );
      expect(withBands(band('low', 0, 4), band('high', 5, 10))).toEqual([
        'scores.0.bands.1.max: the highest band must end at 9, the highest value',
      ]);
    });

    it('refusing an inverted band', () => {
      expect(withBands(band('low', 4, 0), band('high', 5, 9))).toEqual(['scores.0.bands.0.max: max is below min']);
    });

    it('accepting bands in any order', () => {
      expect(withBands(band('high', 5, 9), band('low', 0, 4))).toEqual([]);
    });
  });

  describe('read contiguity over the transformed values (× 4: 0, 4, … 36)', () => {
    const timesFour = (...bands: ReturnType<typeof band>[]) =>
      issuesAfter((input) => {
        total(input).transform = { multiply: 4, add: 0 };
        total(input).bands = bands;
      });

    it('accepting a gap no value falls in', () => {
      expect(timesFour(band('low', 0, 16), band('high', 20, 36))).toEqual([]);
      expect(timesFour(band('low', 0, 18), band('high', 20, 36))).toEqual([]);
    });

    it('refusing a gap a value falls in, and a band that holds no value', () => {
      expect(timesFour(band('low', 0, 15), band('high', 17, 36))).toEqual([
        'scores.0.bands: no band holds the value 16',
      ]);
      expect(timesFour(band('low', 0, 16), band('none', 17, 19), band('high', 20, 36))).toEqual([
        'scores.0.bands.1: holds no value the score can take',
      ]);
    });
  });

  it('refuse an age range whose minimum is above its maximum', () => {
    expect(issuesAfter((input) => (input.ageRange = { min: 18, max: 10 }))).toEqual(['ageRange.max: max is below min']);
    expect(issuesAfter((input) => (input.ageRange = { min: 10, max: 10 }))).toEqual([]);
  });

  describe('hold form text to the translation notes', () => {
    it('refusing form text without an approved language', () => {
      expect(issuesAfter((input) => (input.items[1]!.text = { 'zh-CN': '第二题' }))).toEqual([
        'items.1.text: needs en text: that translation is approved',
        'items.1.text: carries zh-CN text, but that translation is marked missing',
      ]);
    });

    it('refusing text in a language marked missing', () => {
      expect(
        issuesAfter((input) => (input.optionSets![0]!.options[2]!.label = { en: 'option 2', 'zh-CN': '选项二' })),
      ).toEqual(['optionSets.0.options.2.label: carries zh-CN text, but that translation is marked missing']);
      expect(issuesAfter((input) => (input.instructions = { en: 'Read', 'zh-CN': '请阅读' }))).toEqual([
        'instructions: carries zh-CN text, but that translation is marked missing',
      ]);
    });

    it('refusing a definition with no approved language', () => {
      expect(issuesAfter((input) => (input.translations.en = { status: 'missing' }))).toContain(
        'translations: at least one language must be approved',
      );
    });

    it('leaving labels of results to the app’s own words in any language', () => {
      expect(
        issuesAfter((input) => {
          total(input).label = { 'zh-CN': '总分' };
          total(input).bands![0]!.label = { 'zh-CN': '低', en: 'Low' };
        }),
      ).toEqual([]);
    });
  });

  it('name paths, never the definition’s long texts', () => {
    const long = 'A very long item text that must never be echoed back in an error message. '.repeat(10);
    const issues = issuesAfter((input) => {
      input.items[0]!.text = { 'zh-CN': long };
      input.items[1]!.id = 'a';
    });
    expect(issues.length).toBeGreaterThan(1);
    for (const issue of issues) {
      expect(issue).not.toContain('never be echoed');
      expect(issue.length).toBeLessThan(120);
    }
  });
});
