import { daysBetween } from './day-count';

/** How a follow-up's due day stands against today, in whole days: what the screen says in words. */
export type DueStanding = { kind: 'overdue'; days: number } | { kind: 'today' } | { kind: 'upcoming'; days: number };

export function dueStanding(due: string, today: string): DueStanding {
  const days = daysBetween(today, due);
  if (days < 0) return { kind: 'overdue', days: -days };
  return days === 0 ? { kind: 'today' } : { kind: 'upcoming', days };
}

/**
 * Days without contact: from the last contact, or from the opening when nobody has been in
 * contact yet (the caseload says which).
 */
export function daysWithoutContact(
  summary: { lastContactOn: string | null; daysSinceLastContact: number | null; openedOn: string },
  today: string,
): { days: number; since: 'contact' | 'opening' } {
  if (summary.lastContactOn !== null) {
    return { days: summary.daysSinceLastContact ?? daysBetween(summary.lastContactOn, today), since: 'contact' };
  }
  return { days: daysBetween(summary.openedOn, today), since: 'opening' };
}
