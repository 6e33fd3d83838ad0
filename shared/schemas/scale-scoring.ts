import { z } from 'zod';
import { ScaleKey } from './scale-definition';

/**
 * What the scoring engine computes from a definition and answers: the same object drives the
 * renderer's live preview and is what the backend stores with a result.
 */

export const ScoreValue = z.strictObject({
  id: ScaleKey,
  /** Sum of the item scores (prorated when some were missing within the limit); null when too many are missing. */
  raw: z.number().nullable(),
  /** `raw` after the score's transform; what bands are read against. */
  value: z.number().nullable(),
  answered: z.number().int().min(0),
  missing: z.number().int().min(0),
  prorated: z.boolean(),
  bandId: ScaleKey.nullable(),
});
export type ScoreValue = z.infer<typeof ScoreValue>;

export const OutcomeValue = z.strictObject({
  id: ScaleKey,
  /** The first rule that held; null when none could be decided. */
  ruleId: ScaleKey.nullable(),
});
export type OutcomeValue = z.infer<typeof OutcomeValue>;

export const CriticalValue = z.strictObject({
  id: ScaleKey,
  /** `raised`: the condition holds. `unanswered`: it does not, but an item it looks at was not answered. */
  status: z.enum(['raised', 'unanswered']),
});
export type CriticalValue = z.infer<typeof CriticalValue>;

export const ScaleScoring = z.strictObject({
  scores: z.array(ScoreValue),
  outcomes: z.array(OutcomeValue),
  /** Only the critical rules that were raised or could not be cleared. */
  critical: z.array(CriticalValue),
  /** The highest `concern` of any band or outcome rule reached; 0 when none. */
  concern: z.number().int().min(0),
  /** Every item that applies (conditions considered) has an answer. */
  complete: z.boolean(),
  /** Applicable items without a usable answer (invalid ones included; never free text), in the definition's order. */
  unanswered: z.array(ScaleKey),
  /** Items whose answer does not fit them (a value not among the options, text for a choice); ignored in scoring. */
  invalid: z.array(ScaleKey),
});
export type ScaleScoring = z.infer<typeof ScaleScoring>;
