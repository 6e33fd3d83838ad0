import { applyCaseEvent } from '../../../shared/domain/crisis/apply-event';
import type { CaseResult, CaseState } from '../../../shared/domain/crisis/case-state';
import { type CaseMove, caseMoves } from '../../../shared/domain/crisis/moves';
import { initialCaseState } from '../../../shared/domain/crisis/opening';
import {
  type ActiveStage,
  type CaseEvent,
  type CaseEventBody,
  type CaseFact,
  type CaseOpening,
  type GuardianNotice,
  OpeningStage,
} from '../../../shared/schemas/crisis';
import { type CrisisPolicy, defaultCrisisPolicy } from '../../../shared/schemas/crisis-policy';

/** Builders for crisis cases in tests: valid bodies with defaults, and a case that records them. */

export const caseId = '0195f2a0-0000-7000-8000-000000000001';
export const counselor = { id: '0195f2a0-0000-7000-8000-0000000000c0', displayName: '王老师' };

/** A well-formed uuid numbered for reading test failures; the n-th recorded event gets uuid(n). */
export function uuid(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

export const firstDay = '2025-03-03';

export function opening(overrides: Partial<CaseOpening> = {}): CaseOpening {
  return {
    id: caseId,
    studentId: '0195f2a0-0000-7000-8000-0000000000a1',
    source: {
      kind: 'gatekeeper',
      reporterName: '李老师',
      reporterRole: 'class-teacher',
      reportedOn: firstDay,
      reportedTime: '08:40',
      observed: '课间独自哭泣，作文中写到不想活了',
    },
    level: 'moderate',
    stage: 'assessment',
    occurredOn: firstDay,
    occurredTime: null,
    recordedAt: '2025-03-03T01:00:00.000Z',
    recordedBy: counselor,
    ...overrides,
  };
}

const on = (occurredOn: string) => ({ occurredOn, occurredTime: null });

type Fact<T extends CaseFact['type']> = Extract<CaseFact, { type: T }>;

/** One valid body per event type; `day` is when it happened. */
export const facts = {
  riskAssessment: (day = firstDay, suggestedLevel = 'moderate'): Fact<'risk-assessment'> => ({
    type: 'risk-assessment',
    ...on(day),
    answers: {
      selfHarmThoughts: 'yes',
      suicidePlan: 'no',
      meansAccess: 'unknown',
      previousAttempts: 'no',
      farewellBehaviour: 'no',
      harmToOthers: 'no',
      protectiveFactors: 'yes',
    },
    judgement: '有自伤念头，无计划，家庭支持较好',
    suggestedLevel,
  }),
  guardiansNotified: (day = firstDay): Fact<'guardians-notified'> => ({
    type: 'guardians-notified',
    ...on(day),
    guardianName: '张女士',
    relation: '母亲',
    method: 'phone',
    response: 'agree-medical-visit',
    responseNote: '',
  }),
  guardiansNotNotified: (day = firstDay): Fact<'guardians-not-notified'> => ({
    type: 'guardians-not-notified',
    ...on(day),
    reason: '监护人疑为伤害来源，已报告学校',
  }),
  classTeacherInformed: (day = firstDay): Fact<'class-teacher-informed'> => ({
    type: 'class-teacher-informed',
    ...on(day),
    teacherName: '李老师',
    method: 'in-person',
    note: '',
  }),
  safetyPlan: (planId: string, action: 'made' | 'updated' = 'made', day = firstDay): Fact<'safety-plan'> => ({
    type: 'safety-plan',
    ...on(day),
    action,
    planId,
    note: '',
  }),
  referral: (day = firstDay): Fact<'referral'> => ({
    type: 'referral',
    ...on(day),
    institution: '安定医院',
    department: '儿童青少年心理科',
    channel: 'green',
    accompaniedBy: '母亲、心理老师',
    reason: '持续情绪低落两周，有自伤念头',
  }),
  referralOutcome: (referralId: string, day = firstDay): Fact<'referral-outcome'> => ({
    type: 'referral-outcome',
    ...on(day),
    referralId,
    reportedBy: 'family',
    visitedOn: day,
    outcome: '家长告知：医生建议门诊治疗，可继续上学',
  }),
  followUp: (day = firstDay): Fact<'follow-up'> => ({
    type: 'follow-up',
    ...on(day),
    method: 'in-person',
    by: '王老师',
    studentState: '情绪较平稳',
    riskChange: 'better',
    measures: '每周辅导一次',
    nextStep: '',
  }),
  review: (signedOff: boolean, day = firstDay): Fact<'supervision-review'> => ({
    type: 'supervision-review',
    ...on(day),
    reviewer: '区心理中心 刘老师',
    comments: signedOff ? '处置得当，同意结案' : '请补充家校沟通记录',
    signedOff,
  }),
  levelChange: (to: string, guardians: GuardianNotice | null = null, day = firstDay): Fact<'level-change'> => ({
    type: 'level-change',
    ...on(day),
    to,
    reason: '评估后调整',
    guardians,
  }),
  stageChange: (to: ActiveStage, day = firstDay): Fact<'stage-change'> => ({
    type: 'stage-change',
    ...on(day),
    to,
    reason: '',
  }),
  leave: (day = firstDay): Fact<'leave-of-absence'> => ({
    type: 'leave-of-absence',
    ...on(day),
    reason: '住院治疗',
    expectedReturnOn: null,
  }),
  returnToSchool: (day = firstDay): Fact<'return-to-school'> => ({
    type: 'return-to-school',
    ...on(day),
    returnAssessment: '情绪稳定，可复学',
    recoveryCertificateSeen: true,
  }),
  checklistItem: (itemId: string, day = firstDay): Fact<'checklist-item'> => ({
    type: 'checklist-item',
    ...on(day),
    itemId,
    status: 'done',
    note: '',
  }),
  closure: (day = firstDay): Fact<'closure'> => ({
    type: 'closure',
    ...on(day),
    reason: 'risk-resolved',
    note: '',
  }),
};

export function correction(corrects: string, replacement: CaseFact | null, day = firstDay): CaseEventBody {
  return { type: 'correction', ...on(day), corrects, reason: '录入错误', replacement };
}

/** The envelope the backend would put around the next body of this case. */
export function nextEvent(state: CaseState, body: CaseEventBody): CaseEvent {
  return {
    id: uuid(state.log.length + 1),
    caseId: state.opening.id,
    recordedAt: '2025-03-03T02:00:00.000Z',
    recordedBy: counselor,
    body,
  };
}

export function record(state: CaseState, body: CaseEventBody, policy: CrisisPolicy = defaultCrisisPolicy): CaseResult {
  return applyCaseEvent(state, nextEvent(state, body), policy);
}

function unwrap(result: CaseResult): CaseState {
  if (!result.ok) throw new Error(`refused: ${result.refusal}${result.cause ? ` (${result.cause})` : ''}`);
  return result.state;
}

/** Opens a case and records the bodies, each of which must be accepted. */
export function caseWith(
  bodies: readonly CaseEventBody[],
  overrides: Partial<CaseOpening> = {},
  policy: CrisisPolicy = defaultCrisisPolicy,
): CaseState {
  return bodies.reduce(
    (state, body) => unwrap(record(state, body, policy)),
    unwrap(initialCaseState(opening(overrides), policy)),
  );
}

/** An open case at the moderate level that has reached `stage` the ordinary way. */
export function caseAt(stage: ActiveStage): CaseState {
  const openingStage = OpeningStage.safeParse(stage);
  if (openingStage.success) return caseWith([], { stage: openingStage.data });
  return caseWith([facts.stageChange('supervision')], { stage: 'intervention' });
}

/** A case in supervision whose review signed it off, ready to close. */
export function signedOffCase(): CaseState {
  return caseWith([facts.stageChange('supervision'), facts.review(true)], { stage: 'intervention' });
}

/** A case closed the only way there is: supervision, a signed-off review, closure. */
export function closedCase(): CaseState {
  return caseWith([facts.stageChange('supervision'), facts.review(true), facts.closure()], { stage: 'intervention' });
}

/** What caseMoves says of one move, found by its kind and detail. */
export function offered(state: CaseState, move: CaseMove, policy: CrisisPolicy = defaultCrisisPolicy) {
  return caseMoves(state, policy).find((option) => JSON.stringify(option.move) === JSON.stringify(move));
}
