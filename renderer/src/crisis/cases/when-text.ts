import { longDate } from '../../sessions/note-time';

/** The day something happened, with its time when one was recorded. */
export function dateTimeOf(when: { occurredOn: string; occurredTime: string | null }, language: string): string {
  const day = longDate(when.occurredOn, language);
  return when.occurredTime ? `${day} ${when.occurredTime}` : day;
}
