/** Days as the counselor's calendar has them: the computer's own time zone. */

const pad = (value: number) => String(value).padStart(2, '0');

/** The local day of an instant, as `YYYY-MM-DD`. */
export function localDate(milliseconds: number): string {
  const date = new Date(milliseconds);
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** The Sunday that ends the (Monday to Sunday) week of a day. */
export function endOfWeek(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  const daysToSunday = (7 - date.getUTCDay()) % 7;
  date.setUTCDate(date.getUTCDate() + daysToSunday);
  return date.toISOString().slice(0, 10);
}
