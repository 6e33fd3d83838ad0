const dayMs = 86_400_000;

/** Whole days from one `YYYY-MM-DD` to another, on the UTC calendar as shared/domain/crisis/days.ts counts. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}
