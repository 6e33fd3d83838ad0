import { describe, expect, it } from 'vitest';
import { defaultOpeningStage, initialCaseState, openingFromInput } from '../../../shared/domain/crisis/opening';
import {
  CaseEvent,
  CaseEventBody,
  CaseOpening,
  CaseSource,
  caseRefusalCodes,
  OpenCaseInput,
} from '../../../shared/schemas/crisis';
import { defaultCrisisPolicy } from '../../../shared/schemas/crisis-policy';
import { caseId, correction, counselor, facts, opening, uuid } from './case-fixtures';

describe('crisis case schemas', () => {
  it('accept every body the fixtures build, and the opening', () => {
    const bodies = [
      facts.riskAssessment(),
      facts.guardiansNotified(),
      facts.guardiansNotNotified(),
      facts.classTeacherInformed(),
      facts.safetyPlan(uuid(90)),
      facts.referral(),
      facts.referralOutcome(uuid(1)),
      facts.followUp(),
      facts.review(true),
      facts.levelChange('imminent', { notNotifiedReason: '监护人联系不上，已报告学校' }),
      facts.stageChange('intervention'),
      facts.leave(),
      facts.returnToSchool(),
      facts.checklistItem('never-alone'),
      facts.closure(),
      correction(uuid(1), facts.followUp()),
      correction(uuid(1), null),
    ];
    for (const body of bodies) expect(CaseEventBody.parse(body)).toEqual(body);
    expect(CaseOpening.parse(opening())).toEqual(opening());
  });

  it('keep the envelope apart from what happened', () => {
    const event = { id: uuid(1), caseId, recordedAt: '2025-03-03T02:00:00.000Z', recordedBy: counselor };
    expect(CaseEvent.safeParse({ ...event, body: facts.followUp() }).success).toBe(true);
    expect(CaseEvent.safeParse({ ...event, ...facts.followUp() }).success).toBe(false);
  });

  it('take days as calendar days and refuse impossible ones', () => {
    expect(CaseEventBody.safeParse({ ...facts.followUp(), occurredOn: '2025-02-29' }).success).toBe(false);
    expect(CaseEventBody.safeParse({ ...facts.followUp(), occurredOn: '2024-02-29' }).success).toBe(true);
    expect(CaseEventBody.safeParse({ ...facts.followUp(), occurredTime: '25:00' }).success).toBe(false);
  });

  it('refuse unknown fields, unknown types and control characters', () => {
    expect(CaseEventBody.safeParse({ ...facts.followUp(), extra: 1 }).success).toBe(false);
    expect(CaseEventBody.safeParse({ ...facts.followUp(), type: 'deletion' }).success).toBe(false);
    expect(CaseEventBody.safeParse({ ...facts.followUp(), by: '王\u0000老师' }).success).toBe(false);
  });

  it('hold texts to their limits and ask for what must not be empty', () => {
    expect(CaseEventBody.safeParse({ ...facts.followUp(), measures: 'x'.repeat(5001) }).success).toBe(false);
    expect(CaseEventBody.safeParse({ ...facts.riskAssessment(), judgement: '  ' }).success).toBe(false);
    expect(CaseEventBody.safeParse({ ...facts.levelChange('high'), reason: '' }).success).toBe(false);
    expect(CaseEventBody.safeParse({ ...facts.returnToSchool(), returnAssessment: '' }).success).toBe(false);
  });

  it('answer each risk question yes, no or unknown', () => {
    const assessment = facts.riskAssessment();
    const answers = { ...assessment.answers, suicidePlan: 'maybe' };
    expect(CaseEventBody.safeParse({ ...assessment, answers }).success).toBe(false);
    const missing: Partial<typeof assessment.answers> = { ...assessment.answers };
    delete missing.meansAccess;
    expect(CaseEventBody.safeParse({ ...assessment, answers: missing }).success).toBe(false);
  });

  it('record a refusal to sign as a response, and a guardian notice as one of two shapes', () => {
    expect(CaseEventBody.safeParse({ ...facts.guardiansNotified(), response: 'refused-to-sign' }).success).toBe(true);
    const both = { notifiedEventId: uuid(1), notNotifiedReason: '无' };
    expect(CaseEventBody.safeParse(facts.levelChange('imminent', both as never)).success).toBe(false);
    expect(CaseEventBody.safeParse(facts.levelChange('imminent', { notifiedEventId: uuid(1) })).success).toBe(true);
  });

  it('let a correction replace with a fact, never with another correction', () => {
    const nested = correction(uuid(1), null);
    expect(CaseEventBody.safeParse({ ...correction(uuid(2), null), replacement: nested }).success).toBe(false);
  });

  it('never move a stage change to closed: closing is its own event', () => {
    expect(CaseEventBody.safeParse({ ...facts.stageChange('supervision'), to: 'closed' }).success).toBe(false);
  });

  it('open from every kind of source, a gatekeeper report saying who, when and what they saw', () => {
    const sources = [
      { kind: 'scale-result', resultId: uuid(5) },
      opening().source,
      { kind: 'self-referral' },
      { kind: 'classmate', note: '同桌反映' },
      { kind: 'parent', name: '张女士', relation: '母亲' },
      { kind: 'class-check', reportId: uuid(6) },
      { kind: 'other', note: '宿管老师反映' },
    ];
    for (const source of sources) expect(CaseSource.safeParse(source).success).toBe(true);
    expect(CaseSource.safeParse({ ...opening().source, observed: '' }).success).toBe(false);
    expect(CaseSource.safeParse({ ...opening().source, reporterRole: 'principal' }).success).toBe(false);
  });

  it('open in screening for a flagged scale result and in assessment otherwise, unless told', () => {
    const input = OpenCaseInput.parse({
      studentId: uuid(9),
      source: { kind: 'scale-result', resultId: uuid(5) },
      level: 'moderate',
      occurredOn: '2025-03-03',
      occurredTime: null,
    });
    const record = { id: caseId, recordedAt: '2025-03-03T01:00:00.000Z', recordedBy: counselor };
    expect(openingFromInput(input, record).stage).toBe('screening');
    expect(openingFromInput({ ...input, source: { kind: 'self-referral' } }, record).stage).toBe('assessment');
    expect(openingFromInput({ ...input, stage: 'intervention' }, record).stage).toBe('intervention');
    expect(defaultOpeningStage({ kind: 'parent', name: '张女士', relation: '母亲' })).toBe('assessment');
    expect(OpenCaseInput.safeParse({ ...input, stage: 'supervision' }).success).toBe(false);
  });

  it('open only at a level of the policy', () => {
    expect(initialCaseState(opening({ level: 'purple' }), defaultCrisisPolicy)).toEqual({
      ok: false,
      refusal: 'unknown-level',
    });
  });

  it('list each refusal code once', () => {
    expect(new Set(caseRefusalCodes).size).toBe(caseRefusalCodes.length);
  });
});
