import type { TFunction } from 'i18next';
import type { ScaleDefinition } from '../../../../shared/schemas/scale-definition';
import type { ScaleScoring } from '../../../../shared/schemas/scale-scoring';
import type { ScreeningRow } from '../../../../shared/schemas/scales';
import { bandOf, itemById, scoreDefinition } from '../definition-lookup';

/** How the preview lists rows: who needs attention first, then what cannot be imported, then the rest. */
export interface RowGroups {
  flagged: ScreeningRow[];
  problems: ScreeningRow[];
  others: ScreeningRow[];
}

export function groupRows(rows: readonly ScreeningRow[]): RowGroups {
  const byLine = [...rows].sort((a, b) => a.line - b.line);
  const problems = byLine.filter((row) => row.problems.length > 0);
  const importable = byLine.filter((row) => row.problems.length === 0);
  // A raised critical item first, then the most concerning: the urgent names are read first.
  const raised = (row: ScreeningRow) => (criticalState(row.scoring) === 'raised' ? 1 : 0);
  const concern = (row: ScreeningRow) => row.scoring?.concern ?? 0;
  const flagged = importable
    .filter((row) => row.flagged)
    .sort((a, b) => raised(b) - raised(a) || concern(b) - concern(a) || a.line - b.line);
  return { flagged, problems, others: importable.filter((row) => !row.flagged) };
}

/** Why a row is not imported, in words: one sentence per problem. */
export function problemText(t: TFunction, row: ScreeningRow, definition: ScaleDefinition): string {
  return row.problems
    .map(({ code, itemId }) => {
      const item = itemId === null ? undefined : itemById(definition, itemId);
      return t(`screening.problems.${code}`, {
        number: row.studentNumber,
        item: item?.label ?? itemId ?? '',
      });
    })
    .join(t('screening.problemSeparator'));
}

/** The first score's value and band, or the first outcome's rule for a scale scored by rules. */
export function headline(definition: ScaleDefinition, scoring: ScaleScoring) {
  const first = scoring.scores[0];
  const band = first ? bandOf(scoreDefinition(definition, first.id), first.bandId) : undefined;
  const outcome = scoring.outcomes[0];
  const rule = outcome
    ? definition.outcomes.find((candidate) => candidate.id === outcome.id)?.rules.find((r) => r.id === outcome.ruleId)
    : undefined;
  return { value: first?.value ?? null, band: band ?? rule ?? null };
}

/** The critical mark of a result: raised, or not ruled out because an item was left empty. */
export function criticalState(scoring: ScaleScoring | null): 'raised' | 'unanswered' | null {
  if (!scoring) return null;
  if (scoring.critical.some((value) => value.status === 'raised')) return 'raised';
  return scoring.critical.length > 0 ? 'unanswered' : null;
}
