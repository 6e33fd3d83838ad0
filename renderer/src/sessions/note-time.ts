/** `HH:MM:SS` of an ISO time in the computer's zone: the save status is about seconds. */
export function clockTime(iso: string, language: string, withSeconds: boolean): string {
  return new Intl.DateTimeFormat(language, {
    hour: '2-digit',
    minute: '2-digit',
    ...(withSeconds ? { second: '2-digit' } : {}),
    hourCycle: 'h23',
  }).format(new Date(iso));
}

export function longDate(isoDate: string, language: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { dateStyle: 'long' }).format(new Date(year!, month! - 1, day!));
}

export function dateTime(iso: string, language: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short', hourCycle: 'h23' }).format(
    new Date(iso),
  );
}
