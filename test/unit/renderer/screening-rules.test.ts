import type { TFunction } from 'i18next';
import { describe, expect, test } from 'vitest';
import { barSegments, distributionRows } from '../../../renderer/src/scales/screening/band-distribution';
import { completeMapping, draftOf } from '../../../renderer/src/scales/screening/draft-mapping';
import { defaultFlagConcern, flagLevels } from '../../../renderer/src/scales/screening/flag-levels';
import { criticalState, groupRows, headline, problemText } from '../../../renderer/src/scales/screening/screening-rows';
import { scoreScale } from '../../../shared/domain/scales/score-scale';
import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { ScreeningOverview, ScreeningRow } from '../../../shared/schemas/scales';
import en from '../../../shared/i18n/en.json';
import { answersOf, shipped } from '../scales/shipped-scales';

const phq9 = shipped('phq-9');
const asq = shipped('asq');
const who5 = shipped('who-5');

/** English text as the app shows it, placeholders filled. */
const t = ((key: string, values: Record<string, unknown> = {}) => {
  let node: unknown = en;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return String(node).replace(/\{\{(\w+)\}\}/g, (_match, name: string) => String(values[name]));
}) as unknown as TFunction;

describe('the flag levels a screening offers', () => {
  test('are the bands of the first score that carry a concern, lowest first; PHQ-9 starts at moderate', () => {
    const levels = flagLevels(phq9);
    expect(levels.map((level) => [level.concern, level.label.en])).toEqual([
      [1, 'Mild depressive symptoms'],
      [2, 'Moderate depressive symptoms'],
      [3, 'Moderately severe depressive symptoms'],
      [4, 'Severe depressive symptoms'],
    ]);
    expect(defaultFlagConcern(levels)).toBe(2);
  });

  test('a scale scored by rules alone offers its outcome rules (ASQ)', () => {
    const levels = flagLevels(asq);
    expect(levels.length).toBeGreaterThan(0);
    expect(levels.every((level) => level.concern >= 1)).toBe(true);
    expect(levels.map((level) => level.concern)).toEqual([...levels.map((level) => level.concern)].sort());
  });

  test('without a level of concern 2 the lowest one is the default', () => {
    expect(
      defaultFlagConcern([
        { concern: 3, label: { en: 'High' } },
        { concern: 4, label: { en: 'Very high' } },
      ]),
    ).toBe(3);
    expect(defaultFlagConcern([])).toBe(2);
  });

  test('one level per concern value, named after the first band that has it', () => {
    const twoBandsAtOne: ScaleDefinition = {
      ...who5,
      scores: [
        {
          ...who5.scores[0]!,
          bands: [
            { id: 'a', label: { en: 'A' }, min: 0, max: 10, concern: 1 },
            { id: 'b', label: { en: 'B' }, min: 11, max: 20, concern: 1 },
            { id: 'c', label: { en: 'C' }, min: 21, max: 100, concern: 0 },
          ],
        },
      ],
    };
    expect(flagLevels(twoBandsAtOne)).toEqual([{ concern: 1, label: { en: 'A' } }]);
  });
});

function row(line: number, values: (number | undefined)[], extra: Partial<ScreeningRow> = {}): ScreeningRow {
  const scoring = scoreScale(phq9, answersOf(values));
  return {
    line,
    studentNumber: `2025${String(line).padStart(3, '0')}`,
    student: { id: `id-${line}`, name: `S${line}`, studentNumber: `2025${line}`, grade: 'J2', classNumber: 3 },
    problems: [],
    scoring,
    flagged: scoring.concern >= 2 || scoring.critical.length > 0,
    ...extra,
  };
}

describe('the preview report', () => {
  const rows = [
    row(2, [0, 0, 0, 0, 0, 0, 0, 0, 0]),
    row(3, [3, 3, 3, 3, 3, 3, 3, 0, 0]),
    row(4, [0, 0, 0, 0, 0, 0, 0, 0, 1]),
    row(5, [2, 2, 2, 2, 2, 0, 0, 0, 0]),
    row(6, [], { student: null, scoring: null, flagged: false, problems: [{ code: 'unknown-student', itemId: null }] }),
  ];

  test('lists the flagged first (a raised critical item, then the most concerning), then the rows with problems, then the rest', () => {
    const groups = groupRows(rows);
    expect(groups.flagged.map((flagged) => flagged.line)).toEqual([4, 3, 5]);
    expect(groups.problems.map((problem) => problem.line)).toEqual([6]);
    expect(groups.others.map((other) => other.line)).toEqual([2]);
  });

  test('shows the score with its band, or the outcome rule for a rule-scored scale', () => {
    const { value, band } = headline(phq9, rows[1]!.scoring!);
    expect(value).toBe(21);
    expect(band?.label.en).toBe('Severe depressive symptoms');
    const asqHeadline = headline(asq, scoreScale(asq, { 1: 'no', 2: 'no', 3: 'no', 4: 'no' }));
    expect(asqHeadline.value).toBeNull();
    expect(asqHeadline.band?.concern).toBe(0);
  });

  test('marks a raised critical item, and one that could not be ruled out', () => {
    expect(criticalState(rows[2]!.scoring)).toBe('raised');
    expect(criticalState(rows[0]!.scoring)).toBeNull();
    expect(criticalState(scoreScale(phq9, answersOf([1, 1, 1, 1, 1, 1, 1, 1])))).toBe('unanswered');
    expect(criticalState(null)).toBeNull();
  });

  test('says why a row is not imported, in words, naming the item by its printed number', () => {
    const unknown = rows[4]!;
    expect(problemText(t, unknown, phq9)).toBe('No student file has the number 2025006');
    const twoProblems: ScreeningRow = {
      ...unknown,
      problems: [
        { code: 'invalid-answer', itemId: '9' },
        { code: 'duplicate-in-file', itemId: null },
      ],
    };
    expect(problemText(t, twoProblems, phq9)).toBe(
      'The answer to item 9 cannot be read; The number 2025006 appears more than once in the file',
    );
  });
});

describe('the column mapping being edited', () => {
  test('becomes a mapping once the student number has a column', () => {
    const draft = draftOf(null);
    expect(completeMapping(draft)).toBeNull();
    expect(completeMapping({ ...draft, studentNumber: 0 })).toEqual({ studentNumber: 0, items: {} });
    const suggested = { studentNumber: 1, items: { 1: 2 } };
    expect(completeMapping(draftOf(suggested))).toEqual(suggested);
  });
});

describe('the screening overview table', () => {
  const bands = phq9.scores[0]!.bands.map(({ id, label, concern }) => ({ id, label, concern }));
  const group = (
    grade: 'J1' | 'J2' | null,
    classNumber: number | null,
    byBand: Record<string, number>,
    unbanded = 0,
  ) => {
    const screened = Object.values(byBand).reduce((sum, count) => sum + count, unbanded);
    return { grade, classNumber, screened, byBand, unbanded, flagged: (byBand.moderate ?? 0) + (byBand.severe ?? 0) };
  };
  const overview = {
    bands,
    groups: [
      group('J2', 4, { minimal: 5, moderate: 1 }),
      group(null, null, { mild: 1 }),
      group('J1', 2, { minimal: 2 }),
      group('J2', 3, { minimal: 3, severe: 2 }, 1),
    ],
  } as unknown as ScreeningOverview;

  test('goes by grade in school order and class number, with a subtotal for a grade of several classes and a total', () => {
    const rows = distributionRows(overview);
    expect(rows.map((line) => [line.kind, line.grade, line.classNumber, line.screened])).toEqual([
      ['class', 'J1', 2, 2],
      ['class', 'J2', 3, 6],
      ['class', 'J2', 4, 6],
      ['grade', 'J2', null, 12],
      ['class', null, null, 1],
      ['total', null, null, 15],
    ]);
    expect(rows[3]!.byBand).toEqual({ minimal: 8, moderate: 1, severe: 2 });
    expect(rows[5]).toMatchObject({ unbanded: 1, flagged: 3 });
  });

  test("a class's bar has one part per band present, in band order, adding up to the whole", () => {
    const rows = distributionRows(overview);
    const parts = barSegments(rows[1]!, bands);
    expect(parts.map((part) => [part.id, part.count])).toEqual([
      ['minimal', 3],
      ['severe', 2],
      [null, 1],
    ]);
    expect(parts.reduce((sum, part) => sum + part.percent, 0)).toBeCloseTo(100);
    expect(barSegments({ ...rows[1]!, screened: 0 }, bands)).toEqual([]);
  });
});
