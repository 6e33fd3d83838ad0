import type {
  CriticalRule,
  ScaleAnswer,
  ScaleDefinition,
  ScaleItem,
  ScaleScoreDefinition,
  ScoreBand,
} from '../../../shared/schemas/scale-definition';

/** Lookups by id inside one definition: a stored result names scores, bands and rules by id. */

export function scoreDefinition(definition: ScaleDefinition, scoreId: string): ScaleScoreDefinition | undefined {
  return definition.scores.find((score) => score.id === scoreId);
}

export function bandOf(score: ScaleScoreDefinition | undefined, bandId: string | null): ScoreBand | undefined {
  return bandId === null ? undefined : score?.bands.find((band) => band.id === bandId);
}

/** The outcome and the rule that held for it, by the ids a scoring names. */
export function outcomeRule(definition: ScaleDefinition, value: { id: string; ruleId: string | null }) {
  const outcome = definition.outcomes.find((candidate) => candidate.id === value.id);
  return { outcome, rule: outcome?.rules.find((candidate) => candidate.id === value.ruleId) };
}

export function criticalRule(definition: ScaleDefinition, ruleId: string): CriticalRule | undefined {
  return definition.critical.find((rule) => rule.id === ruleId);
}

export function itemById(definition: ScaleDefinition, itemId: string): ScaleItem | undefined {
  return definition.items.find((item) => item.id === itemId);
}

/** The options a choice item offers, in the order shown; none for other kinds. */
export function optionsOf(definition: ScaleDefinition, item: ScaleItem) {
  if (item.kind !== 'choice') return [];
  return definition.optionSets.find((set) => set.id === item.optionSet)?.options ?? [];
}

/** The option an answer chose, for a choice item. */
export function chosenOption(definition: ScaleDefinition, item: ScaleItem, answer: ScaleAnswer | undefined) {
  return optionsOf(definition, item).find((option) => option.value === answer);
}
