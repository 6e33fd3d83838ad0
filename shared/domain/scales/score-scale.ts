import type { ScaleAnswers, ScaleDefinition } from '../../schemas/scale-definition';
import type { CriticalValue, OutcomeValue, ScaleScoring, ScoreValue } from '../../schemas/scale-scoring';
import { evaluateCondition, type ConditionFacts } from './conditions';
import { isUnanswered, itemStates, type ItemState } from './item-states';
import { scoreValue } from './score-values';

function factsOf(
  states: ReadonlyMap<string, ItemState>,
  scores: readonly ScoreValue[],
  { trustProrated }: { trustProrated: boolean },
): ConditionFacts {
  return {
    item: (id) => states.get(id),
    scoreValue: (id) => {
      const score = scores.find((candidate) => candidate.id === id);
      if (score === undefined || score.value === null || (score.prorated && !trustProrated)) return undefined;
      return score.value;
    },
  };
}

/**
 * Scores one administration of a scale. Pure and generic: everything scale-specific is in the
 * definition. Answers to unknown item ids are ignored; the caller validates what it stores.
 */
export function scoreScale(definition: ScaleDefinition, answers: ScaleAnswers): ScaleScoring {
  const states = itemStates(definition, answers);
  const scores = definition.scores.map((score) => scoreValue(score, states));
  const outcomeFacts = factsOf(states, scores, { trustProrated: true });
  // Critical rules never rest on imputed answers: a prorated score cannot raise (or clear) one.
  const criticalFacts = factsOf(states, scores, { trustProrated: false });

  const outcomes: OutcomeValue[] = definition.outcomes.map((outcome) => ({
    id: outcome.id,
    ruleId: outcome.rules.find((rule) => evaluateCondition(rule.when, outcomeFacts) === 'holds')?.id ?? null,
  }));

  const critical: CriticalValue[] = [];
  for (const rule of definition.critical) {
    if (evaluateCondition(rule.when, criticalFacts) === 'holds') {
      critical.push({ id: rule.id, status: 'raised' });
      continue;
    }
    if (rule.items.some((id) => isUnanswered(states.get(id)))) critical.push({ id: rule.id, status: 'unanswered' });
  }

  const concerns = [
    0,
    ...definition.scores.flatMap((score, index) =>
      score.bands.filter((band) => band.id === scores[index]?.bandId).map((band) => band.concern),
    ),
    ...definition.outcomes.flatMap((outcome, index) =>
      outcome.rules.filter((rule) => rule.id === outcomes[index]?.ruleId).map((rule) => rule.concern),
    ),
  ];

  const unanswered: string[] = [];
  const invalid: string[] = [];
  for (const item of definition.items) {
    const state = states.get(item.id);
    if (state === undefined || !state.applicable) continue;
    if (state.answer.status === 'invalid') invalid.push(item.id);
    // Free text is optional: it is recorded when given and never makes a result incomplete.
    if (item.kind !== 'text' && isUnanswered(state)) unanswered.push(item.id);
  }

  return {
    scores,
    outcomes,
    critical,
    concern: Math.max(...concerns),
    complete: unanswered.length === 0,
    unanswered,
    invalid,
  };
}
