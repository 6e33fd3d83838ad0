import { z } from 'zod';
import { definitionIssues } from '../domain/scales/definition-checks';

/**
 * A scale is data: this schema is the whole format a district may write (documented for them in
 * docs/scale-format.md). The one scoring engine in shared/domain/scales reads nothing else, so a
 * new scale is a new file, never new code.
 */

export const scaleDefinitionFormatVersion = 1;

/** Stable identifiers inside a definition: the scale (`phq-9`), items (`9`, `q9`), scores, bands. */
export const ScaleKey = z
  .string()
  .regex(/^[a-z0-9][a-z0-9-]{0,39}$/, { message: 'lowercase letters, digits and hyphens' });
export type ScaleKey = z.infer<typeof ScaleKey>;

const textLimit = 2000;
const shortText = z.string().trim().min(1).max(200);
const longText = z.string().trim().min(1).max(textLimit);

/** Text in the app's languages. A language may be missing (ASQ has no approved Chinese yet). */
export const LocalizedText = z
  .strictObject({ 'zh-CN': longText.optional(), en: longText.optional() })
  .refine((text) => text['zh-CN'] !== undefined || text.en !== undefined, { message: 'text in at least one language' });
export type LocalizedText = z.infer<typeof LocalizedText>;

/**
 * Where each language's text comes from. Only an approved translation may be shown to a
 * student; `missing` says the district has not supplied one, and items carry no text in it.
 */
export const TranslationNote = z.discriminatedUnion('status', [
  z.strictObject({ status: z.literal('approved'), source: longText }),
  z.strictObject({ status: z.literal('missing') }),
]);
export type TranslationNote = z.infer<typeof TranslationNote>;

/** A yes/no item's answer; a refusal is an answer, and each scale says how it scores. */
export const yesNoAnswers = ['yes', 'no', 'refused'] as const;
export const YesNoAnswer = z.enum(yesNoAnswers);
export type YesNoAnswer = z.infer<typeof YesNoAnswer>;

/**
 * A condition over answers and scores, used for conditional items, outcome rules and critical
 * items. Comparisons are inclusive and read an item's score (after `reverse`; a yes/no item's
 * `scoring`). An unanswered item satisfies no comparison; `unanswered` asks for that case
 * explicitly. Evaluation is three-valued (shared/domain/scales/conditions.ts): a rule holds only
 * when it holds whatever the unanswered items would have been.
 */
export type ScaleCondition =
  | { item: string; gte?: number; lte?: number; equals?: number }
  | { item: string; answerIn: YesNoAnswer[] }
  | { unanswered: string }
  | { score: string; gte?: number; lte?: number }
  | { all: ScaleCondition[] }
  | { any: ScaleCondition[] }
  | { not: ScaleCondition }
  | { countOf: ScaleCondition[]; gte?: number; lte?: number };

const bound = z.number().finite();
export const ScaleCondition: z.ZodType<ScaleCondition> = z.lazy(() =>
  z.union([
    z.strictObject({ item: ScaleKey, gte: bound.optional(), lte: bound.optional(), equals: bound.optional() }),
    z.strictObject({ item: ScaleKey, answerIn: z.array(YesNoAnswer).min(1).max(3) }),
    z.strictObject({ unanswered: ScaleKey }),
    z.strictObject({ score: ScaleKey, gte: bound.optional(), lte: bound.optional() }),
    z.strictObject({ all: z.array(ScaleCondition).min(1).max(50) }),
    z.strictObject({ any: z.array(ScaleCondition).min(1).max(50) }),
    z.strictObject({ not: ScaleCondition }),
    z.strictObject({
      countOf: z.array(ScaleCondition).min(1).max(50),
      gte: z.number().int().min(0).optional(),
      lte: z.number().int().min(0).optional(),
    }),
  ]),
);

/** One response option; `value` is what it scores and what an answer stores. */
export const ScaleOption = z.strictObject({ value: z.number().int().min(-100).max(100), label: LocalizedText });

/** Options shared by several items (PHQ-9's four frequencies), in the order shown. */
export const OptionSet = z.strictObject({
  id: ScaleKey,
  options: z
    .array(ScaleOption)
    .min(2)
    .max(12)
    .refine((options) => new Set(options.map((option) => option.value)).size === options.length, {
      message: 'each option value once',
    }),
});
export type OptionSet = z.infer<typeof OptionSet>;

const itemBase = {
  id: ScaleKey,
  /** The item's number as printed on the form ("9"), shown beside its text. */
  label: z.string().trim().min(1).max(10),
  text: LocalizedText,
  /** Asked only when this holds (ASQ item 5); otherwise the item is not applicable, not missing. */
  showIf: ScaleCondition.optional(),
};

export const ScaleItem = z.discriminatedUnion('kind', [
  /** Single choice from an option set. `reverse` scores an option as (lowest + highest − value). */
  z.strictObject({ ...itemBase, kind: z.literal('choice'), optionSet: ScaleKey, reverse: z.boolean().default(false) }),
  /** Yes / no / refused, each scored as the item says (ASQ: refused scores as yes). */
  z.strictObject({
    ...itemBase,
    kind: z.literal('yesNo'),
    scoring: z.strictObject({ yes: z.number().int(), no: z.number().int(), refused: z.number().int() }),
  }),
  /** Free text: recorded, never scored, and optional (a blank never makes a result incomplete). */
  z.strictObject({ ...itemBase, kind: z.literal('text'), maxLength: z.number().int().min(1).max(textLimit) }),
]);
export type ScaleItem = z.infer<typeof ScaleItem>;

/**
 * A band: an inclusive range of a score's final value. `concern` orders bands across any scale
 * (0 = no concern, higher = more), so WHO-5, where low is bad, flags like PHQ-9 does.
 */
export const ScoreBand = z.strictObject({
  id: ScaleKey,
  label: LocalizedText,
  min: bound,
  max: bound,
  concern: z.number().int().min(0).max(10),
});
export type ScoreBand = z.infer<typeof ScoreBand>;

/**
 * A sum over items, then `value = raw × multiply + add` (WHO-5's percentage is × 4). When at
 * most `maxMissing` of its items are unanswered the sum is prorated (mean of the answered items
 * times the item count, rounded half up); with more missing the score is not computed. Items not
 * asked (`showIf`) count neither way; a score none of whose items was asked is 0.
 * `direction` says which end is worse, for charts and reading.
 */
export const ScaleScoreDefinition = z.strictObject({
  id: ScaleKey,
  label: LocalizedText,
  items: z.array(ScaleKey).min(1).max(200),
  transform: z.strictObject({ multiply: bound, add: bound }).default({ multiply: 1, add: 0 }),
  maxMissing: z.number().int().min(0).default(0),
  direction: z.enum(['higherIsWorse', 'higherIsBetter']),
  /** Contiguous, non-overlapping, covering every value the score can take. May be empty (a subscale only reported). */
  bands: z.array(ScoreBand).max(12).default([]),
});
export type ScaleScoreDefinition = z.infer<typeof ScaleScoreDefinition>;

/** A classification by rules (ASQ's negative / non-acute / acute): the first rule that holds wins. */
export const OutcomeRule = z.strictObject({
  id: ScaleKey,
  label: LocalizedText,
  when: ScaleCondition,
  concern: z.number().int().min(0).max(10),
});
export const ScaleOutcome = z.strictObject({
  id: ScaleKey,
  label: LocalizedText,
  rules: z.array(OutcomeRule).min(1).max(20),
});
export type ScaleOutcome = z.infer<typeof ScaleOutcome>;

/**
 * A critical condition (PHQ-9 item 9 ≥ 1, any ASQ positive): raised whatever the total. The items
 * it looks at are never imputed; when the condition does not hold but one of them is unanswered,
 * the result says "critical item unanswered" instead of clearing it.
 */
export const CriticalRule = z.strictObject({
  id: ScaleKey,
  label: LocalizedText,
  items: z.array(ScaleKey).min(1).max(50),
  when: ScaleCondition,
});
export type CriticalRule = z.infer<typeof CriticalRule>;

const scaleDefinitionFields = z.strictObject({
  format: z.literal(scaleDefinitionFormatVersion),
  id: ScaleKey,
  /** The definition's own version (`1.0.0`); the content hash still identifies the exact text. */
  version: z.string().regex(/^\d{1,4}(\.\d{1,4}){0,2}$/, { message: 'a version like 1.0.0' }),
  title: LocalizedText,
  shortTitle: z.strictObject({ 'zh-CN': shortText.optional(), en: shortText.optional() }),
  /** The stem read before the items ("Over the last 2 weeks …"). */
  instructions: LocalizedText.optional(),
  translations: z.strictObject({ 'zh-CN': TranslationNote, en: TranslationNote }),
  licence: z.strictObject({
    text: longText,
    citation: longText,
    copyright: longText.optional(),
    url: z.url().max(500).optional(),
  }),
  ageRange: z.strictObject({ min: z.number().int().min(3).max(120), max: z.number().int().min(3).max(120) }).optional(),
  optionSets: z.array(OptionSet).max(20).default([]),
  items: z.array(ScaleItem).min(1).max(200),
  scores: z.array(ScaleScoreDefinition).max(20).default([]),
  outcomes: z.array(ScaleOutcome).max(10).default([]),
  critical: z.array(CriticalRule).max(20).default([]),
});
/** Typed from the fields, not the refined schema, so the checks can name it without a cycle. */
export type ScaleDefinition = z.output<typeof scaleDefinitionFields>;

/**
 * The fields plus the checks that tie them together (unique ids, known references, bands that
 * tile each score's values, texts that match the translation notes): a definition that passes
 * can be scored without surprises.
 */
export const ScaleDefinition = scaleDefinitionFields.superRefine((definition, context) => {
  for (const issue of definitionIssues(definition)) {
    context.addIssue({ code: 'custom', path: issue.path, message: issue.message });
  }
});
export type ScaleDefinitionInput = z.input<typeof ScaleDefinition>;

/** Answers by item id: an option value, a yes/no answer, or text. Unanswered items are absent. */
export const ScaleAnswer = z.union([z.number().int().min(-100).max(100), YesNoAnswer, z.string().max(textLimit)]);
export type ScaleAnswer = z.infer<typeof ScaleAnswer>;
export const ScaleAnswers = z.record(ScaleKey, ScaleAnswer);
export type ScaleAnswers = z.infer<typeof ScaleAnswers>;
