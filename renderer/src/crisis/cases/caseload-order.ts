import type { CaseSummary } from '../../../../shared/schemas/crisis-records';

type Row = Pick<CaseSummary, 'level' | 'nextFollowUp' | 'openedOn' | 'closedOn'>;

/** Days as `YYYY-MM-DD` sort as text; a missing day goes last. */
function byDay(first: string | null, second: string | null): number {
  if (first === second) return 0;
  if (first === null) return 1;
  if (second === null) return -1;
  return first < second ? -1 : 1;
}

export function byLevel(first: Row, second: Row): number {
  return second.level.rank - first.level.rank;
}

export function byNextDue(first: Row, second: Row): number {
  return byDay(first.nextFollowUp?.due ?? null, second.nextFollowUp?.due ?? null);
}

/**
 * The caseload's order: open cases most urgent level first, then the earliest follow-up due,
 * then the longest open; closed cases after them, the latest closed first.
 */
export function caseloadOrder(first: Row, second: Row): number {
  if ((first.closedOn === null) !== (second.closedOn === null)) return first.closedOn === null ? -1 : 1;
  if (first.closedOn !== null && second.closedOn !== null) return byDay(second.closedOn, first.closedOn);
  return byLevel(first, second) || byNextDue(first, second) || byDay(first.openedOn, second.openedOn);
}
