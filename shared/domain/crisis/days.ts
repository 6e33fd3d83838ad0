/**
 * Calendar-day arithmetic on `YYYY-MM-DD` text. Days are counted on the UTC calendar, which has
 * no daylight saving and no zone offset, so the answer never depends on where the code runs.
 * `YYYY-MM-DD` text sorts in date order, so days compare as strings.
 */

export function addDays(day: string, days: number): string {
  const date = new Date(0);
  // setUTCFullYear rather than Date.UTC: the latter reads years 0–99 as 1900–1999.
  date.setUTCFullYear(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10)) + days);
  return date.toISOString().slice(0, 10);
}

export function laterDay(first: string, second: string): string {
  return first >= second ? first : second;
}
