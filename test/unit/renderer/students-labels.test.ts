import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, test } from 'vitest';
import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';
import { importRowNotes } from '../../../renderer/src/students/import/import-row-notes';
import { classNameText, fieldListText } from '../../../renderer/src/students/student-labels';

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

describe('class names', () => {
  test('read as the school writes them, in both languages', () => {
    expect(classNameText(t('zh-CN'), 'J2', 3)).toBe('初二(3)班');
    expect(classNameText(t('zh-CN'), 'P1', 12)).toBe('一年级(12)班');
    expect(classNameText(t('en'), 'J2', 3)).toBe('Junior 2, class 3');
    expect(classNameText(t('zh-CN'), 'S3', null)).toBe('高三');
    expect(classNameText(t('en'), 'P6', null)).toBe('Primary 6');
  });

  test('field lists use each language’s separator', () => {
    expect(fieldListText(t('zh-CN'), ['name', 'grade'])).toBe('姓名、年级');
    expect(fieldListText(t('en'), ['name', 'grade'])).toBe('Name, Grade');
  });
});

describe('the notes on an import row', () => {
  const row = { rowNumber: 7, cells: {} };

  test('translate each problem with its field', () => {
    const invalid = {
      ...row,
      outcome: 'invalid' as const,
      problems: [
        { code: 'missing' as const, field: 'name' as const },
        { code: 'duplicate-in-file' as const, field: 'studentNumber' as const, otherRow: 9 },
      ],
    };
    expect(importRowNotes(t('zh-CN'), invalid)).toBe('姓名未填写；学号与第 9 行重复');
    expect(importRowNotes(t('en'), invalid)).toBe('Name is empty; Student number is also on row 9');
  });

  test('name the fields where a row differs from the existing file', () => {
    const conflict = { ...row, outcome: 'conflict' as const, problems: [], differingFields: ['classNumber' as const] };
    expect(importRowNotes(t('zh-CN'), conflict)).toBe('与已有档案不同：班级');
    expect(importRowNotes(t('en'), { ...conflict, outcome: 'unchanged' })).toBe('The same file already exists');
    expect(importRowNotes(t('en'), { ...conflict, outcome: 'new' })).toBe('');
  });
});
