import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import type { CaseState } from '../../../shared/domain/crisis/case-state';
import { caseMoves } from '../../../shared/domain/crisis/moves';
import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';
import { caseRefusalCodes } from '../../../shared/schemas/crisis';
import { defaultCrisisPolicy } from '../../../shared/schemas/crisis-policy';
import type { MoveOption } from '../../../shared/schemas/crisis-records';
import { checklistMove, moveChoices } from '../../../renderer/src/crisis/cases/move-choices';
import { moveLabel } from '../../../renderer/src/crisis/cases/move-label';
import { caseErrorText, refusalText } from '../../../renderer/src/crisis/cases/refusal-text';
import { caseWith, closedCase, facts } from '../crisis/case-fixtures';

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

const policy = defaultCrisisPolicy;

function moves(state: CaseState): MoveOption[] {
  return caseMoves(state, policy).map((option) => ({
    ...option,
    refusals: [...option.refusals],
    requires: [...option.requires],
  }));
}

function choicesOf(state: CaseState) {
  return moveChoices(moves(state), policy, { level: state.level, stage: state.stage });
}

const keys = (choices: { key: string }[]) => choices.map((choice) => choice.key);

describe('what the case page offers', () => {
  test('the records in the order a counselor reaches for them, then levels, stages, closing and correcting', () => {
    const choices = choicesOf(caseWith([], { level: 'high', stage: 'assessment' }));
    expect(keys(choices.record)).toEqual([
      'risk-assessment',
      'follow-up',
      'guardians-notified',
      'guardians-not-notified',
      'class-teacher-informed',
      'referral',
      'referral-outcome',
      'leave-of-absence',
      'return-to-school',
      'supervision-review:comment',
    ]);
    // The level and the stage the case is at are not offered: the header shows them.
    expect(keys(choices.level)).toEqual(['level-change:imminent', 'level-change:moderate', 'level-change:low']);
    expect(keys(choices.stage)).toEqual([
      'stage-change:screening',
      'stage-change:early-warning',
      'stage-change:intervention',
      'stage-change:supervision',
    ]);
    expect(keys(choices.finish)).toEqual(['closure', 'correction']);
  });

  test('a refused move stays, disabled with every reason; the review carries its sign-off move', () => {
    const choices = choicesOf(caseWith([], { level: 'high', stage: 'assessment' }));
    const closure = choices.finish.find((choice) => choice.key === 'closure')!;
    expect(closure.option.allowed).toBe(false);
    expect(closure.option.refusals).toEqual(['closure-needs-supervision-stage', 'closure-needs-supervision-review']);
    const review = choices.record.find((choice) => choice.form === 'supervision-review')!;
    expect(review.option.allowed).toBe(true);
    expect(review.signOff?.allowed).toBe(false);
    expect(review.signOff?.refusals).toEqual(['sign-off-outside-supervision']);
    expect(choices.stage.find((choice) => choice.key === 'stage-change:intervention')?.option.refusals).toEqual([
      'stage-skip-not-allowed',
    ]);
  });

  test('raising to the top level asks for the guardian notice', () => {
    const raise = choicesOf(caseWith([], { level: 'high' })).level[0]!;
    expect(raise.option.allowed).toBe(true);
    expect(raise.option.requires).toEqual(['guardian-notice']);
    expect(raise.form).toBe('level-change');
  });

  test('a closed case offers only corrections', () => {
    const choices = choicesOf(closedCase());
    const all = [...choices.record, ...choices.level, ...choices.stage, ...choices.finish];
    expect(all.filter((choice) => choice.option.allowed).map((choice) => choice.key)).toEqual(['correction']);
    expect(choices.finish[0]!.option.refusals).toEqual(['case-closed']);
    expect(checklistMove(moves(closedCase()))?.refusals).toEqual(['case-closed']);
  });

  test('each move opens the form of its own event', () => {
    const choices = choicesOf(caseWith([facts.referral()], { level: 'high' }));
    const forms = Object.fromEntries(
      [...choices.record, ...choices.level, ...choices.stage, ...choices.finish].map((choice) => [
        choice.key,
        choice.form,
      ]),
    );
    expect(forms['supervision-review:comment']).toBe('supervision-review');
    expect(forms['level-change:low']).toBe('level-change');
    expect(forms['stage-change:supervision']).toBe('stage-change');
    expect(forms['referral-outcome']).toBe('referral-outcome');
    expect(forms.correction).toBe('correction');
  });
});

describe('move labels', () => {
  const context = (level: string, stage: 'assessment' | 'supervision') => ({
    policy,
    level,
    stage,
    language: 'zh-CN' as const,
  });

  test('a level change says whether it raises or lowers, with the level label', () => {
    const choices = choicesOf(caseWith([], { level: 'high' }));
    const [up, down] = choices.level;
    expect(moveLabel(t('zh-CN'), up!, context('high', 'assessment'))).toBe('升级为红色预警(极高风险)');
    expect(moveLabel(t('zh-CN'), down!, context('high', 'assessment'))).toBe('降级为黄色预警(中风险)');
    expect(moveLabel(t('en'), up!, { ...context('high', 'assessment'), language: 'en' })).toBe(
      'Raise to Red — imminent risk',
    );
  });

  test('a stage change back from supervision says so', () => {
    const state = caseWith([facts.stageChange('supervision'), facts.review(false)], { stage: 'intervention' });
    const back = choicesOf(state).stage.find((choice) => choice.key === 'stage-change:intervention')!;
    expect(back.option.allowed).toBe(true);
    expect(moveLabel(t('zh-CN'), back, context('moderate', 'supervision'))).toBe('退回危机干预');
  });
});

describe('refusals in words', () => {
  test.each(['zh-CN', 'en'])('every refusal code has its own sentence in %s', (language) => {
    const texts = caseRefusalCodes.map((code) => refusalText(t(language), code));
    for (const [index, text] of texts.entries()) {
      expect(text, caseRefusalCodes[index]).not.toContain('crisis.refusals');
      expect(text.length, caseRefusalCodes[index]).toBeGreaterThan(5);
    }
    expect(new Set(texts).size).toBe(caseRefusalCodes.length);
  });

  test('a correction that breaks the history says what it runs into', () => {
    expect(refusalText(t('zh-CN'), 'correction-invalidates-history:case-closed')).toBe(
      '按这样更正，个案之后的记录将不再成立。（个案已解除，只能更正已有的记录。）',
    );
    expect(refusalText(t('en'), 'not-a-code')).toBe(en.errors.CASE_MOVE_REFUSED);
  });

  test('a refused record shows its refusal; a conflict says the page was reloaded', () => {
    expect(caseErrorText(t('en'), { code: 'CASE_MOVE_REFUSED', message: 'refused', detail: 'already-on-leave' })).toBe(
      'The student is already on leave.',
    );
    expect(caseErrorText(t('zh-CN'), { code: 'CASE_CONFLICT', message: 'stale', revision: 3 })).toBe(
      zhCN.crisis.conflict,
    );
  });
});
