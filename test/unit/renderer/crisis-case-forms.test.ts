import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CaseState } from '../../../shared/domain/crisis/case-state';
import { defaultOpeningStage } from '../../../shared/domain/crisis/opening';
import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';
import type { CaseFact, CaseSource } from '../../../shared/schemas/crisis';
import { defaultCrisisPolicy } from '../../../shared/schemas/crisis-policy';
import { caseSourceKinds, type LoggedEvent } from '../../../shared/schemas/crisis-records';
import { currentBody, noticesSinceLevel, visitedStages } from '../../../renderer/src/crisis/cases/case-history';
import { factLines, openingLines } from '../../../renderer/src/crisis/cases/event-lines';
import { blankValues, bodyFromValues, valuesFromBody } from '../../../renderer/src/crisis/cases/event-values';
import { openingInput, openingValues, suggestedStage } from '../../../renderer/src/crisis/cases/opening-values';
import { caseWith, correction, facts, opening, uuid } from '../crisis/case-fixtures';

const i18n = i18next.createInstance();
const t = (language: string) => i18n.getFixedT(language) as TFunction;

beforeAll(async () => {
  await i18n.init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: 'zh-CN',
    fallbackLng: false,
    interpolation: { escapeValue: false },
  });
});

/** The log as `crisis.get` returns it: with sequence numbers and the corrections of each event. */
function logged(state: CaseState): LoggedEvent[] {
  return state.log.map((event, index) => ({
    ...event,
    sequence: index + 1,
    correctedBy: state.log
      .filter((other) => other.body.type === 'correction' && other.body.corrects === event.id)
      .map((other) => other.id),
  }));
}

const everyFact: CaseFact[] = [
  facts.riskAssessment(),
  facts.guardiansNotified(),
  facts.guardiansNotNotified(),
  facts.classTeacherInformed(),
  facts.safetyPlan(uuid(90)),
  facts.referral(),
  facts.referralOutcome(uuid(91)),
  { ...facts.followUp(), occurredTime: '15:30' },
  facts.review(false),
  facts.levelChange('imminent', { notifiedEventId: uuid(92) }),
  facts.levelChange('imminent', { notNotifiedReason: '监护人疑为伤害来源' }),
  facts.levelChange('low'),
  facts.stageChange('intervention'),
  { ...facts.leave(), expectedReturnOn: '2025-04-01' },
  facts.returnToSchool(),
  facts.checklistItem('never-alone'),
  facts.closure(),
];

describe('event forms and bodies', () => {
  test.each(everyFact.map((fact) => [fact.type, fact] as const))(
    'a %s reads back into the same body from its form values',
    (_type, fact) => {
      const values = valuesFromBody(fact);
      expect(values).not.toHaveProperty('type');
      expect(bodyFromValues(fact.type as Exclude<CaseFact['type'], 'checklist-item'>, values)).toEqual(fact);
    },
  );

  test('empty optional days and times become null; text is trimmed', () => {
    const values = { ...blankValues('leave-of-absence', { today: '2025-03-03', counselorName: '王丽', fixed: {} }) };
    values.reason = '  住院治疗 ';
    expect(bodyFromValues('leave-of-absence', values)).toEqual({
      type: 'leave-of-absence',
      occurredOn: '2025-03-03',
      occurredTime: null,
      reason: '住院治疗',
      expectedReturnOn: null,
    });
  });

  test('a new form starts with today, the counselor as the one following up, and what the move fixed', () => {
    const followUp = blankValues('follow-up', { today: '2025-03-03', counselorName: '王丽', fixed: {} });
    expect(followUp).toMatchObject({ occurredOn: '2025-03-03', occurredTime: '', by: '王丽' });
    const raise = blankValues('level-change', {
      today: '2025-03-03',
      counselorName: '王丽',
      fixed: { to: 'imminent' },
    });
    expect(raise.to).toBe('imminent');
    // Not yet a body: a reason and the guardian notice are missing.
    expect(bodyFromValues('level-change', raise)).toBeNull();
    const answered = { ...raise, reason: '有具体计划', guardians: { choice: 'notice', notifiedEventId: uuid(1) } };
    expect(bodyFromValues('level-change', answered)).toMatchObject({
      to: 'imminent',
      guardians: { notifiedEventId: uuid(1) },
    });
  });

  test('the risk assessment starts every question at "not known" and needs a judgement and a suggestion', () => {
    const values = blankValues('risk-assessment', { today: '2025-03-03', counselorName: '王丽', fixed: {} });
    expect(Object.values(values.answers as object)).toEqual(Array(7).fill('unknown'));
    expect(bodyFromValues('risk-assessment', values)).toBeNull();
    expect(
      bodyFromValues('risk-assessment', { ...values, judgement: '风险中等', suggestedLevel: 'high' }),
    ).toMatchObject({
      type: 'risk-assessment',
      suggestedLevel: 'high',
    });
  });

  test('a correction carries the corrected content with its type, or null when the event is withdrawn', () => {
    const base = { occurredOn: '2025-03-05', occurredTime: '', corrects: uuid(2), reason: '日期记错了' };
    const replacement = valuesFromBody({ ...facts.followUp('2025-03-04') });
    expect(bodyFromValues('correction', { ...base, replacementKind: 'corrected', replacement }, 'follow-up')).toEqual({
      type: 'correction',
      occurredOn: '2025-03-05',
      occurredTime: null,
      corrects: uuid(2),
      reason: '日期记错了',
      replacement: facts.followUp('2025-03-04'),
    });
    expect(
      bodyFromValues('correction', { ...base, replacementKind: 'withdrawn', replacement }, 'follow-up'),
    ).toMatchObject({ replacement: null });
    expect(bodyFromValues('correction', { ...base, reason: ' ' }, 'follow-up')).toBeNull();
  });
});

describe('the history the forms offer', () => {
  test('a raise names only guardian notices recorded since the current level was set, as corrected', () => {
    const state = caseWith([
      facts.guardiansNotified('2025-03-03'),
      facts.levelChange('high', null, '2025-03-04'),
      facts.guardiansNotified('2025-03-05'),
      facts.guardiansNotified('2025-03-06'),
      correction(uuid(4), null),
    ]);
    expect(noticesSinceLevel(logged(state)).map((event) => event.id)).toEqual([uuid(3)]);
  });

  test('a correction starts from the latest replacement of the event', () => {
    const state = caseWith([
      facts.followUp('2025-03-03'),
      correction(uuid(1), facts.followUp('2025-03-02')),
      correction(uuid(1), { ...facts.followUp('2025-03-01'), by: '李老师' }),
    ]);
    expect(currentBody(logged(state), uuid(1))).toMatchObject({ occurredOn: '2025-03-01', by: '李老师' });
  });
});

test('the stages a case went through leave out those it skipped, as corrected', () => {
  const state = caseWith(
    [
      facts.stageChange('early-warning'),
      facts.stageChange('supervision'),
      facts.review(true),
      facts.closure(),
      correction(uuid(1), null),
    ],
    { stage: 'assessment' },
  );
  expect([...visitedStages(state.opening, logged(state))].sort()).toEqual(['assessment', 'closed', 'supervision']);
});

describe('opening a case', () => {
  test('the stage suggested for each source is the one the backend defaults to', () => {
    for (const kind of caseSourceKinds) {
      expect(suggestedStage(kind), kind).toBe(defaultOpeningStage({ kind } as CaseSource));
    }
  });

  test('a critical scale result opens prefilled: only the level is left to judge', () => {
    const values = openingValues({ kind: 'scale-result', resultId: uuid(7) }, '2025-03-03');
    expect(values).toMatchObject({ sourceKind: 'scale-result', stage: 'screening', occurredOn: '2025-03-03' });
    expect(openingInput(uuid(8), values)).toBeNull();
    expect(openingInput(uuid(8), { ...values, level: 'high' })).toEqual({
      studentId: uuid(8),
      source: { kind: 'scale-result', resultId: uuid(7) },
      level: 'high',
      stage: 'screening',
      occurredOn: '2025-03-03',
      occurredTime: null,
    });
  });

  test("a gatekeeper's report keeps only its own fields, whatever else was typed before switching", () => {
    const values = {
      ...openingValues(null, '2025-03-03'),
      sourceKind: 'gatekeeper' as const,
      level: 'moderate',
      stage: 'assessment' as const,
    };
    values.source = {
      ...values.source,
      reporterName: '李老师',
      observed: '课间独自哭泣',
      resultId: uuid(7),
      note: 'x',
    };
    expect(openingInput(uuid(8), values)?.source).toEqual({
      kind: 'gatekeeper',
      reporterName: '李老师',
      reporterRole: 'class-teacher',
      reportedOn: '2025-03-03',
      reportedTime: null,
      observed: '课间独自哭泣',
    });
    expect(openingInput(uuid(8), { ...values, sourceKind: 'other' })).toMatchObject({
      source: { kind: 'other', note: 'x' },
    });
  });
});

describe('the timeline in words', () => {
  test.each(['zh-CN', 'en'])('every event and the opening read as lines with no untranslated key in %s', (language) => {
    const context = { t: t(language), language: language as 'zh-CN' | 'en', policy: defaultCrisisPolicy, events: [] };
    for (const fact of everyFact) {
      const lines = factLines(fact, context);
      expect(lines.length, fact.type).toBeGreaterThan(0);
      for (const line of lines) expect(`${line.label} ${line.value}`, fact.type).not.toMatch(/crisis\.|undefined/);
    }
    const lines = openingLines(opening(), context);
    expect(lines.map((line) => line.value)).toContain('课间独自哭泣，作文中写到不想活了');
  });

  test('a referral outcome is said to be as reported, and the opening names the reporter and role', () => {
    const context = { t: t('zh-CN'), language: 'zh-CN' as const, policy: defaultCrisisPolicy, events: [] };
    const outcome = factLines(facts.referralOutcome(uuid(91)), context);
    expect(outcome.at(-1)).toEqual({ label: '家长反馈的内容', value: '家长告知：医生建议门诊治疗，可继续上学' });
    expect(openingLines(opening(), context)[1]).toEqual({ label: '报告人', value: '李老师（班主任）' });
  });
});
