import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bundledScales } from '../../../electron/backend/scales/bundled-scales';
import { applicableItems } from '../../../shared/domain/scales/item-states';
import { scoreScale } from '../../../shared/domain/scales/score-scale';
import type { ScaleAnswer, ScaleAnswers, ScaleDefinition, ScaleItem } from '../../../shared/schemas/scale-definition';

/** Any answer that fits the item. */
function fittingAnswer(definition: ScaleDefinition, item: ScaleItem): fc.Arbitrary<ScaleAnswer> {
  switch (item.kind) {
    case 'choice': {
      const options = definition.optionSets.find((set) => set.id === item.optionSet)?.options ?? [];
      return fc.constantFrom(...options.map((option) => option.value));
    }
    case 'yesNo':
      return fc.constantFrom('yes', 'no', 'refused');
    case 'text':
      return fc.string({ maxLength: item.maxLength });
  }
}

/** An answer to every item, conditional ones included (ignored when not asked). */
const completeAnswers = (definition: ScaleDefinition): fc.Arbitrary<ScaleAnswers> =>
  fc.record(Object.fromEntries(definition.items.map((item) => [item.id, fittingAnswer(definition, item)])));

/** Each item left out, answered, or answered with something that does not fit. */
const anyAnswers = (definition: ScaleDefinition): fc.Arbitrary<ScaleAnswers> =>
  fc
    .record(
      Object.fromEntries(
        definition.items.map((item) => [
          item.id,
          fc.oneof(fittingAnswer(definition, item), fc.integer({ min: -100, max: 100 }), fc.constantFrom('yes', 'x')),
        ]),
      ),
      { requiredKeys: [] },
    )
    .map((answers) => {
      const present: ScaleAnswers = {};
      for (const [id, answer] of Object.entries(answers)) if (answer !== undefined) present[id] = answer;
      return present;
    });

describe.each(bundledScales.map(({ definition }) => [definition.id, definition] as const))('%s', (_id, definition) => {
  it('puts every complete answer set in exactly one band of each banded score', () => {
    fc.assert(
      fc.property(completeAnswers(definition), (answers) => {
        const scoring = scoreScale(definition, answers);
        expect(scoring).toMatchObject({ complete: true, unanswered: [], invalid: [] });
        definition.scores.forEach((score, index) => {
          const value = scoring.scores[index]?.value;
          expect(value).not.toBeNull();
          if (score.bands.length === 0) return;
          const holding = score.bands.filter((band) => band.min <= value! && value! <= band.max);
          expect(holding.map((band) => band.id)).toEqual([scoring.scores[index]?.bandId]);
        });
      }),
    );
  });

  it('keeps any total within its bands, and leaves it out only beyond maxMissing', () => {
    fc.assert(
      fc.property(anyAnswers(definition), (answers) => {
        const scoring = scoreScale(definition, answers);
        expect(scoring.complete).toBe(scoring.unanswered.length === 0);
        const asked = applicableItems(definition, answers).map((item) => item.id);
        for (const id of [...scoring.unanswered, ...scoring.invalid]) expect(asked).toContain(id);
        definition.scores.forEach((score, index) => {
          const result = scoring.scores[index]!;
          expect(result.raw === null).toBe(result.missing > score.maxMissing);
          if (result.value === null || score.bands.length === 0) return;
          expect(result.value).toBeGreaterThanOrEqual(Math.min(...score.bands.map((band) => band.min)));
          expect(result.value).toBeLessThanOrEqual(Math.max(...score.bands.map((band) => band.max)));
          expect(result.bandId).not.toBeNull();
        });
      }),
    );
  });
});
