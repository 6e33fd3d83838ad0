/**
 * The school year to start, as its first calendar year. A school year begins in September; from
 * July the coming one is meant (rosters are prepared over the summer break), before July the
 * one under way. The backend refuses a school year whose first year has not come yet.
 */
export function schoolYearToStart(today: Date): number {
  return today.getMonth() + 1 >= 7 ? today.getFullYear() : today.getFullYear() - 1;
}

/** The two school years the counselor may choose between: the one under way and the coming one. */
export function schoolYearChoices(today: Date): number[] {
  return [today.getFullYear() - 1, today.getFullYear()];
}

/** A school year as the contract writes it: `2026-2027`. */
export function schoolYearCode(startYear: number): string {
  return `${startYear}-${startYear + 1}`;
}
