import type { ScaleResult } from '../../../shared/schemas/scales';

export interface ScaleResultGroup {
  scaleId: string;
  /** Oldest first, as the trend reads. */
  results: ScaleResult[];
}

const byDate = (a: ScaleResult, b: ScaleResult) =>
  a.administeredOn.localeCompare(b.administeredOn) || a.createdAt.localeCompare(b.createdAt);

/** A student's results one scale at a time; the scale given most recently comes first. */
export function resultsByScale(results: ScaleResult[]): ScaleResultGroup[] {
  const groups = new Map<string, ScaleResult[]>();
  for (const result of [...results].sort(byDate)) {
    groups.set(result.scaleId, [...(groups.get(result.scaleId) ?? []), result]);
  }
  return [...groups]
    .map(([scaleId, grouped]) => ({ scaleId, results: grouped }))
    .sort((a, b) => byDate(b.results.at(-1)!, a.results.at(-1)!));
}
