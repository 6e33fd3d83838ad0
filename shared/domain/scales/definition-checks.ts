import type { ScaleDefinition, ScaleItem } from '../../schemas/scale-definition';
import { bandCoverageIssues, possibleValues } from './band-coverage';
import { conditionIssues, type ConditionScope } from './condition-checks';
import { duplicateIdIssues, type DefinitionIssue } from './definition-issue';
import { textLanguageIssues } from './text-languages';

const ids = (list: readonly { id: string }[]) => list.map((entry) => entry.id);

function idIssues(definition: ScaleDefinition): DefinitionIssue[] {
  return [
    ...duplicateIdIssues(ids(definition.items), ['items'], 'item'),
    ...duplicateIdIssues(ids(definition.optionSets), ['optionSets'], 'option set'),
    ...duplicateIdIssues(ids(definition.scores), ['scores'], 'score'),
    ...definition.scores.flatMap((score, index) =>
      duplicateIdIssues(ids(score.bands), ['scores', index, 'bands'], 'band'),
    ),
    ...duplicateIdIssues(ids(definition.outcomes), ['outcomes'], 'outcome'),
    ...definition.outcomes.flatMap((outcome, index) =>
      duplicateIdIssues(ids(outcome.rules), ['outcomes', index, 'rules'], 'rule'),
    ),
    ...duplicateIdIssues(ids(definition.critical), ['critical'], 'critical rule'),
  ];
}

/** A list of item ids: each known, each once, and (for scores) each scored. */
function itemListIssues(
  ids: readonly string[],
  items: ReadonlyMap<string, ScaleItem>,
  path: (string | number)[],
  { scored }: { scored: boolean },
): DefinitionIssue[] {
  return ids.flatMap((id, index) => {
    const item = items.get(id);
    if (item === undefined) return [{ path: [...path, index], message: `refers to unknown item "${id}"` }];
    if (ids.indexOf(id) !== index) return [{ path: [...path, index], message: `lists item "${id}" twice` }];
    if (scored && item.kind === 'text') return [{ path: [...path, index], message: 'a text item is never scored' }];
    return [];
  });
}

function itemIssues(definition: ScaleDefinition): DefinitionIssue[] {
  const optionSets = new Set(definition.optionSets.map((set) => set.id));
  const earlier = new Map<string, ScaleItem>();
  return definition.items.flatMap((item, index) => {
    const issues: DefinitionIssue[] = [];
    if (item.kind === 'choice' && !optionSets.has(item.optionSet)) {
      issues.push({ path: ['items', index, 'optionSet'], message: `refers to unknown option set "${item.optionSet}"` });
    }
    if (item.showIf !== undefined) {
      // Only earlier items: one pass in order then settles every item, and no item can depend on itself.
      const scope = { items: earlier, scores: undefined, unknownItem: 'may read only earlier items' };
      issues.push(...conditionIssues(item.showIf, ['items', index, 'showIf'], scope, new Set()));
    }
    earlier.set(item.id, item);
    return issues;
  });
}

function scoreIssues(definition: ScaleDefinition, items: ReadonlyMap<string, ScaleItem>): DefinitionIssue[] {
  return definition.scores.flatMap((score, index) => {
    const path = ['scores', index];
    const listIssues = itemListIssues(score.items, items, [...path, 'items'], { scored: true });
    const issues = [...listIssues];
    if (score.maxMissing >= score.items.length) {
      issues.push({ path: [...path, 'maxMissing'], message: 'must be below the number of items' });
    }
    const values = listIssues.length === 0 ? possibleValues(score, items, definition.optionSets) : undefined;
    if (values !== undefined) issues.push(...bandCoverageIssues(score, values, [...path, 'bands']));
    return issues;
  });
}

function ruleIssues(definition: ScaleDefinition, items: ReadonlyMap<string, ScaleItem>): DefinitionIssue[] {
  const scope: ConditionScope = {
    items,
    scores: new Set(definition.scores.map((score) => score.id)),
    unknownItem: 'refers to unknown item',
  };
  const outcomeIssues = definition.outcomes.flatMap((outcome, outcomeIndex) =>
    outcome.rules.flatMap((rule, index) =>
      conditionIssues(rule.when, ['outcomes', outcomeIndex, 'rules', index, 'when'], scope, new Set()),
    ),
  );
  const criticalIssues = definition.critical.flatMap((rule, index) => {
    const read = new Set<string>();
    const issues = [
      ...itemListIssues(rule.items, items, ['critical', index, 'items'], { scored: false }),
      ...conditionIssues(rule.when, ['critical', index, 'when'], scope, read),
    ];
    // An item the condition reads but `items` omits could go unanswered without the result saying so.
    for (const id of read) {
      if (!rule.items.includes(id)) {
        issues.push({
          path: ['critical', index, 'items'],
          message: `must list item "${id}", which its condition reads`,
        });
      }
    }
    return issues;
  });
  return [...outcomeIssues, ...criticalIssues];
}

/**
 * Everything that ties a definition's parts together, beyond what each field's own schema
 * checks. Runs inside the ScaleDefinition schema, so a definition that parses can be scored.
 */
export function definitionIssues(definition: ScaleDefinition): DefinitionIssue[] {
  // The first item of an id stands for it; duplicates are reported by idIssues.
  const items = new Map<string, ScaleItem>();
  for (const item of definition.items) if (!items.has(item.id)) items.set(item.id, item);
  const ageIssues =
    definition.ageRange !== undefined && definition.ageRange.min > definition.ageRange.max
      ? [{ path: ['ageRange', 'max'], message: 'max is below min' }]
      : [];
  return [
    ...idIssues(definition),
    ...itemIssues(definition),
    ...scoreIssues(definition, items),
    ...ruleIssues(definition, items),
    ...ageIssues,
    ...textLanguageIssues(definition),
  ];
}
