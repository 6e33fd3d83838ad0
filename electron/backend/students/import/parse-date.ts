/** Year, month and day in the orders schools write them, with an optional time Excel adds. */
const dateForms = [
  /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?$/,
  /^(\d{4})(\d{2})(\d{2})$/,
];

/**
 * A day as `YYYY-MM-DD` from `2012-05-03`, `2012/5/3`, `2012.5.3`, `20120503` or `2012年5月3日`
 * (Excel date cells arrive as `YYYY-MM-DD` already), or null when it is not a real day.
 */
export function parseDate(text: string): string | null {
  const normalized = text.normalize('NFKC').trim();
  for (const form of dateForms) {
    const match = form.exec(normalized);
    if (match) return calendarDay(Number(match[1]), Number(match[2]), Number(match[3]));
  }
  return null;
}

function calendarDay(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}
