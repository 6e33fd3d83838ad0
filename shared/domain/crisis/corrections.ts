import type { CaseEvent, CaseFact } from '../../schemas/crisis';

/** A recorded event as it stands after corrections: its own envelope, its current content. */
export type EffectiveEvent = Omit<CaseEvent, 'body'> & { readonly body: CaseFact };

/**
 * The history as it now reads: each event that was corrected takes the replacement of its
 * latest correction, or drops out when that correction has none; corrections themselves are
 * not part of it. Order stays the order of recording.
 */
export function effectiveEvents(log: readonly CaseEvent[]): EffectiveEvent[] {
  const latest = new Map<string, CaseFact | null>();
  for (const event of log) {
    if (event.body.type === 'correction') latest.set(event.body.corrects, event.body.replacement);
  }
  const effective: EffectiveEvent[] = [];
  for (const event of log) {
    if (event.body.type === 'correction') continue;
    const body = latest.has(event.id) ? latest.get(event.id) : event.body;
    if (body) effective.push({ ...event, body });
  }
  return effective;
}
