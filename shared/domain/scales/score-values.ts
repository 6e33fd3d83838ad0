import type { ScaleScoreDefinition, ScoreBand } from '../../schemas/scale-definition';
import type { ScoreValue } from '../../schemas/scale-scoring';
import type { ItemState } from './item-states';

/** `raw × multiply + add`: the one place the transform is applied, so scoring and the band checks agree. */
export function transformedValue(raw: number, transform: ScaleScoreDefinition['transform']): number {
  return raw * transform.multiply + transform.add;
}

/** The band whose inclusive range holds the value (the definition checks allow at most one). */
export function bandFor(bands: readonly ScoreBand[], value: number): ScoreBand | undefined {
  return bands.find((band) => band.min <= value && value <= band.max);
}

/** numerator ÷ denominator rounded half up, in integers so x.5 is never a floating-point near miss. */
function roundHalfUp(numerator: number, denominator: number): number {
  return Math.floor((2 * numerator + denominator) / (2 * denominator));
}

/**
 * A score from the item states. Items that are not asked count neither as answered nor as
 * missing, so a score whose items are all not asked is 0. With some items missing, but no more
 * than `maxMissing`, the sum is prorated to the asked items; with more, or none answered, there
 * is no score.
 */
export function scoreValue(score: ScaleScoreDefinition, states: ReadonlyMap<string, ItemState>): ScoreValue {
  let sum = 0;
  let answered = 0;
  let missing = 0;
  for (const id of score.items) {
    const state = states.get(id);
    if (state === undefined || !state.applicable) continue;
    if (state.answer.status === 'scored') {
      sum += state.answer.score;
      answered += 1;
    } else {
      missing += 1;
    }
  }
  const counts = { id: score.id, answered, missing };
  if (missing > score.maxMissing || (missing > 0 && answered === 0)) {
    return { ...counts, raw: null, value: null, prorated: false, bandId: null };
  }
  const raw = missing === 0 ? sum : roundHalfUp(sum * (answered + missing), answered);
  const value = transformedValue(raw, score.transform);
  return { ...counts, raw, value, prorated: missing > 0, bandId: bandFor(score.bands, value)?.id ?? null };
}
