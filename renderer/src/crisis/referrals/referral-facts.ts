import type { EffectiveEvent } from '../../../../shared/domain/crisis/corrections';
import type { CaseFact } from '../../../../shared/schemas/crisis';
import type { CrisisPolicy } from '../../../../shared/schemas/crisis-policy';
import type { Language } from '../../../../shared/schemas/common';
import type { Guardian } from '../../../../shared/schemas/students';

export type ReferralFact = Extract<CaseFact, { type: 'referral' }>;
export type ReferralEvent = Omit<EffectiveEvent, 'body'> & { body: ReferralFact };

/** The referrals of a case as they now read, oldest first. */
export function referralEvents(events: readonly EffectiveEvent[]): ReferralEvent[] {
  return events.filter((event): event is ReferralEvent => event.body.type === 'referral');
}

/** What the school did before referring, as the form lists it (采取的措施). */
export const actionTypes = [
  'risk-assessment',
  'guardians-notified',
  'guardians-not-notified',
  'class-teacher-informed',
  'safety-plan',
  'follow-up',
  'level-change',
] as const;
export type ActionType = (typeof actionTypes)[number];

/** An action on a day: its kind, or a checklist item done with its label in the policy's words. */
export type ReferralAction = { on: string } & ({ kind: ActionType } | { kind: 'checklist'; label: string });

const isAction = (type: string): type is ActionType => (actionTypes as readonly string[]).includes(type);

function checklistLabel(policy: CrisisPolicy, itemId: string, language: Language): string {
  for (const level of policy.levels) {
    const item = level.checklist.find((candidate) => candidate.id === itemId);
    if (item) return item.label[language] ?? item.label[language === 'en' ? 'zh-CN' : 'en'] ?? itemId;
  }
  return itemId;
}

/**
 * The actions recorded before the referral, in the order they were recorded: kinds and days
 * only, because the form goes to a hospital and the notes behind them stay in the school.
 */
export function actionsBefore(
  events: readonly EffectiveEvent[],
  referralId: string,
  policy: CrisisPolicy,
  language: Language,
): ReferralAction[] {
  const end = events.findIndex((event) => event.id === referralId);
  return events.slice(0, end === -1 ? events.length : end).flatMap((event): ReferralAction[] => {
    const { body } = event;
    if (body.type === 'checklist-item') {
      return body.status === 'done'
        ? [{ on: body.occurredOn, kind: 'checklist', label: checklistLabel(policy, body.itemId, language) }]
        : [];
    }
    return isAction(body.type) ? [{ on: body.occurredOn, kind: body.type }] : [];
  });
}

/** The guardian the form names: the first with a phone number, else the first listed. */
export function guardianToContact(guardians: readonly Guardian[]): Guardian | null {
  return guardians.find((guardian) => guardian.phone !== '') ?? guardians[0] ?? null;
}
