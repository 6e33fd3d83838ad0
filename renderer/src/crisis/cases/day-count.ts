import { localIsoDate } from '../../scales/local-date';

const dayMs = 86_400_000;

/** Whole days from one `YYYY-MM-DD` to another, counted on the UTC calendar as the backend counts. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** The counselor's today, as the date inputs and the backend's follow-up schedule have it. */
export function today(): string {
  return localIsoDate(new Date());
}
