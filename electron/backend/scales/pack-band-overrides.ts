import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { BandOverride } from '../../../shared/schemas/scale-pack';

/**
 * A district's cut-offs replace a score's bands (Chinese norms differ from the validation
 * samples). Returns a new definition with each named score's bands replaced; the input is not
 * changed. The result must still pass ScaleDefinition (bands tile the score's range), which
 * verifyScalePack checks; its content hash differs from the original's, so a result records the
 * bands it was read against.
 *
 * Throws when a score is not in the definition: callers check the names first.
 */
export function applyBandOverrides(
  definition: ScaleDefinition,
  overrides: readonly Pick<BandOverride, 'scoreId' | 'bands'>[],
): ScaleDefinition {
  for (const override of overrides) {
    if (!definition.scores.some((score) => score.id === override.scoreId)) {
      throw new Error(`Scale ${definition.id} has no score ${override.scoreId}.`);
    }
  }
  return {
    ...definition,
    scores: definition.scores.map((score) => {
      const override = overrides.find((candidate) => candidate.scoreId === score.id);
      return override ? { ...score, bands: structuredClone(override.bands) } : score;
    }),
  };
}
