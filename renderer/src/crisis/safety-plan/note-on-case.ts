import type { SafetyPlan } from '../../../../shared/schemas/safety-plans';
import type { CaseEventBody } from '../../../../shared/schemas/crisis';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';
import { localIsoDate } from '../../scales/local-date';

/** Whether a save was noted on a case's timeline, and why not when that failed. */
export interface CaseNote {
  noted: boolean;
  error: ClientError | null;
}

export const notNoted: CaseNote = { noted: false, error: null };

/** The timeline's note of a save: `made` the first time the case sees the plan, `updated` after. */
export function planEvent(plan: SafetyPlan, planIdsInCase: readonly string[]): CaseEventBody {
  return {
    type: 'safety-plan',
    occurredOn: localIsoDate(new Date()),
    occurredTime: null,
    action: planIdsInCase.includes(plan.id) ? 'updated' : 'made',
    planId: plan.id,
    note: '',
  };
}

/**
 * A plan revised from the student file notes the case it was made in, read afresh for its
 * event count and plan ids. A closed case takes no more events: the plan is the student's, and
 * it stays saved.
 */
export async function noteOnCase(caseId: string, plan: SafetyPlan): Promise<CaseNote> {
  const read = await api.call('crisis.get', { caseId });
  if (!read.ok) return { noted: false, error: read.error };
  const view = read.value;
  if (view.status.stage === 'closed') return notNoted;
  const recorded = await api.call('crisis.record', {
    caseId,
    expectedCount: view.events.length,
    body: planEvent(plan, view.status.safetyPlanIds),
  });
  return recorded.ok ? { noted: true, error: null } : { noted: false, error: recorded.error };
}
