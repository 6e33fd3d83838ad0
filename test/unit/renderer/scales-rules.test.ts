import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';
import { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { ScaleResult } from '../../../shared/schemas/scales';
import asqJson from '../../../resources/scales/asq.json';
import phq9Json from '../../../resources/scales/phq-9.json';
import who5Json from '../../../resources/scales/who-5.json';
import { applicableAnswers, withAnswer } from '../../../renderer/src/scales/answers';
import { conditionText } from '../../../renderer/src/scales/condition-text';
import { fingerprintGroups, shortHash } from '../../../renderer/src/scales/fingerprint';
import { itemLanguageChoice } from '../../../renderer/src/scales/item-languages';
import { localized } from '../../../renderer/src/scales/localized-text';
import { resultsByScale } from '../../../renderer/src/scales/results-by-scale';

const phq9 = ScaleDefinition.parse(phq9Json);
const asq = ScaleDefinition.parse(asqJson);
const who5 = ScaleDefinition.parse(who5Json);

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

describe('which languages a scale is given in', () => {
  test('both approved: the UI language first, nothing to explain', () => {
    expect(itemLanguageChoice(phq9, 'zh-CN')).toEqual({
      offered: ['zh-CN', 'en'],
      initial: 'zh-CN',
      uiLanguageMissing: false,
    });
    expect(itemLanguageChoice(phq9, 'en')).toEqual({
      offered: ['en', 'zh-CN'],
      initial: 'en',
      uiLanguageMissing: false,
    });
  });

  test('ASQ has no approved Chinese: only English is offered, and a Chinese UI says so', () => {
    expect(itemLanguageChoice(asq, 'zh-CN')).toEqual({ offered: ['en'], initial: 'en', uiLanguageMissing: true });
    expect(itemLanguageChoice(asq, 'en')).toEqual({ offered: ['en'], initial: 'en', uiLanguageMissing: false });
  });

  test('a title falls back to the other language and says which it is in', () => {
    expect(localized(asq.title, 'zh-CN')).toEqual({ text: 'Ask Suicide-Screening Questions (ASQ)', language: 'en' });
    expect(localized(phq9.title, 'zh-CN')).toEqual({ text: '患者健康问卷-9（PHQ-9）', language: 'zh-CN' });
  });
});

describe('conditions in words', () => {
  test('critical and conditional rules of the shipped scales, in both languages', () => {
    const [critical] = phq9.critical;
    expect(conditionText(t('zh-CN'), critical!.when, phq9, 'zh-CN')).toBe('第 9 题得分 ≥ 1');
    expect(conditionText(t('en'), critical!.when, phq9, 'en')).toBe("item 9's score ≥ 1");
    const item5 = asq.items.find((item) => item.id === '5')!;
    expect(conditionText(t('en'), item5.showIf!, asq, 'en')).toBe(
      'item 1 is answered "Yes" or "Refused" or item 2 is answered "Yes" or "Refused" or ' +
        'item 3 is answered "Yes" or "Refused" or item 4 is answered "Yes" or "Refused"',
    );
    expect(conditionText(t('zh-CN'), { item: '1', answerIn: ['yes', 'refused'] }, asq, 'zh-CN')).toBe(
      '第 1 题答“是” 或 “拒绝回答”',
    );
  });

  test('compound conditions are grouped, counted and negated readably', () => {
    const zh = (condition: Parameters<typeof conditionText>[1]) => conditionText(t('zh-CN'), condition, phq9, 'zh-CN');
    expect(
      zh({
        all: [
          {
            any: [
              { item: '1', gte: 2 },
              { item: '2', gte: 2 },
            ],
          },
          { unanswered: '9' },
        ],
      }),
    ).toBe('（第 1 题得分 ≥ 2 或 第 2 题得分 ≥ 2），且第 9 题未作答');
    expect(
      zh({
        countOf: [
          { item: '1', gte: 2 },
          { item: '2', equals: 3 },
        ],
        gte: 1,
        lte: 2,
      }),
    ).toBe('以下有 1 到 2 项成立：第 1 题得分 ≥ 2；第 2 题得分 = 3');
    expect(conditionText(t('en'), { not: { score: 'total', gte: 10, lte: 14 } }, phq9, 'en')).toBe(
      'not Total score is 10 to 14',
    );
    expect(conditionText(t('en'), { score: 'percentage', lte: 28 }, who5, 'en')).toBe(
      'Percentage score (raw × 4) ≤ 28',
    );
  });
});

describe('answers while administering', () => {
  test('an answer is given, changed and taken back', () => {
    expect(withAnswer({ '1': 0 }, '1', 2)).toEqual({ '1': 2 });
    expect(withAnswer({ '1': 0, '2': 1 }, '1', null)).toEqual({ '2': 1 });
    expect(withAnswer({ note: 'x' }, 'note', '')).toEqual({});
  });

  test("ASQ item 5's answer goes when items 1–4 return to no, so it is never saved as if asked", () => {
    const asked = { '1': 'yes', '2': 'no', '3': 'no', '4': 'no', '5': 'yes' } as const;
    expect(applicableAnswers(asq, asked)).toEqual(asked);
    expect(applicableAnswers(asq, { ...asked, '1': 'no' })).toEqual({ '1': 'no', '2': 'no', '3': 'no', '4': 'no' });
  });
});

describe('small display rules', () => {
  test('a fingerprint reads in 16 groups of four, however the backend spaced it', () => {
    const hex = '3f2a9c01'.repeat(8);
    expect(fingerprintGroups(hex)).toHaveLength(16);
    expect(fingerprintGroups(hex).slice(0, 2)).toEqual(['3F2A', '9C01']);
    expect(fingerprintGroups('3F2A 9C01 ')).toEqual(['3F2A', '9C01']);
    expect(shortHash('0123456789abcdef'.repeat(4))).toBe('0123456789abcdef');
  });

  test('results group by scale, oldest first within, the scale given last first', () => {
    const result = (id: string, scaleId: string, date: string) =>
      ({ id, scaleId, administeredOn: date, createdAt: `${date}T08:00:00.000Z` }) as ScaleResult;
    const groups = resultsByScale([
      result('a', 'phq-9', '2026-05-01'),
      result('b', 'gad-7', '2026-06-01'),
      result('c', 'phq-9', '2026-03-01'),
    ]);
    expect(groups.map((group) => [group.scaleId, group.results.map((entry) => entry.id)])).toEqual([
      ['gad-7', ['b']],
      ['phq-9', ['c', 'a']],
    ]);
  });
});
