import {
  type CaseEventBody,
  CaseEventBody as CaseEventBodySchema,
  type CaseFact,
  type GuardianNotice,
  riskQuestions,
} from '../../../../shared/schemas/crisis';
import type { EventFormType } from './move-choices';

/**
 * A form's values are the event's body without its type, except where an input cannot hold the
 * body's value: an optional day or time is '' when empty, and a raise to the top level keeps its
 * guardian notice as a choice with both answers.
 */
export type EventValues = Record<string, unknown>;

export interface GuardianValues {
  choice?: 'notice' | 'reason';
  notifiedEventId?: string;
  notNotifiedReason?: string;
}

export interface CorrectionValues {
  corrects?: string;
  reason?: string;
  /** `withdrawn`: the event should not have been recorded (a null replacement). */
  replacementKind?: 'corrected' | 'withdrawn';
  replacement?: EventValues;
}

const optionalDays = ['occurredTime', 'expectedReturnOn', 'visitedOn'];

function guardianValues(notice: GuardianNotice | null): GuardianValues {
  if (notice === null) return {};
  return 'notifiedEventId' in notice
    ? { choice: 'notice', notifiedEventId: notice.notifiedEventId }
    : { choice: 'reason', notNotifiedReason: notice.notNotifiedReason };
}

function guardianNotice(values: GuardianValues | undefined): GuardianNotice | null {
  if (values?.choice === 'notice') return { notifiedEventId: values.notifiedEventId ?? '' };
  if (values?.choice === 'reason') return { notNotifiedReason: values.notNotifiedReason ?? '' };
  return null;
}

/** A recorded body as the form shows it: what a correction starts from. */
export function valuesFromBody(body: CaseFact): EventValues {
  const values: EventValues = { ...body };
  delete values.type;
  for (const key of optionalDays) if (key in values) values[key] = values[key] ?? '';
  if (body.type === 'level-change') values.guardians = guardianValues(body.guardians);
  return values;
}

function factCandidate(type: CaseFact['type'], values: EventValues): Record<string, unknown> {
  const candidate: Record<string, unknown> = { ...values, type };
  for (const key of optionalDays) if (candidate[key] === '') candidate[key] = null;
  if (type === 'level-change') candidate.guardians = guardianNotice(values.guardians as GuardianValues | undefined);
  return candidate;
}

/**
 * The body a form's values make, checked with the contract's schema (which also trims the
 * text), or null when the values do not make one: the form's own rules should have said why.
 */
export function bodyFromValues(
  type: EventFormType,
  values: EventValues,
  correctedType?: CaseFact['type'],
): CaseEventBody | null {
  let candidate: Record<string, unknown>;
  if (type === 'correction') {
    const { corrects, reason, replacementKind, replacement } = values as CorrectionValues;
    candidate = {
      type,
      occurredOn: values.occurredOn,
      occurredTime: values.occurredTime === '' ? null : values.occurredTime,
      corrects,
      reason,
      replacement:
        replacementKind === 'withdrawn' || !correctedType ? null : factCandidate(correctedType, replacement ?? {}),
    };
  } else {
    candidate = factCandidate(type, values);
  }
  const parsed = CaseEventBodySchema.safeParse(candidate);
  return parsed.success ? parsed.data : null;
}

/** What a new event's form starts with: today, no time, and the choices a move fixes. */
export function blankValues(
  type: EventFormType,
  context: { today: string; counselorName: string; fixed: Record<string, unknown> },
): EventValues {
  const when = { occurredOn: context.today, occurredTime: '' };
  const byType: Record<EventFormType, EventValues> = {
    'risk-assessment': {
      answers: Object.fromEntries(riskQuestions.map((question) => [question, 'unknown'])),
      judgement: '',
    },
    'guardians-notified': { guardianName: '', relation: '', responseNote: '' },
    'guardians-not-notified': { reason: '' },
    'class-teacher-informed': { teacherName: '', note: '' },
    'safety-plan': { note: '' },
    referral: { institution: '', department: '', accompaniedBy: '', reason: '' },
    'referral-outcome': { visitedOn: '', outcome: '' },
    'follow-up': { by: context.counselorName, studentState: '', measures: '', nextStep: '' },
    'supervision-review': { reviewer: '', comments: '', signedOff: false },
    'level-change': { reason: '', guardians: {} },
    'stage-change': { reason: '' },
    'leave-of-absence': { reason: '', expectedReturnOn: '' },
    'return-to-school': { returnAssessment: '' },
    closure: { note: '' },
    correction: { reason: '', replacementKind: 'corrected' },
  };
  return { ...when, ...byType[type], ...context.fixed };
}
