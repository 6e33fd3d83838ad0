import { describe, expect, it } from 'vitest';
import { bundledScales } from '../../../../electron/backend/scales/bundled-scales';
import { suggestScreeningMapping } from '../../../../electron/backend/scales/screening-mapping';

const definition = (id: string) => bundledScales.find((scale) => scale.definition.id === id)!.definition;

describe('the suggested screening mapping', () => {
  it('finds the student number and each item in the ways exports name them', () => {
    const headers = [
      '序号',
      '学籍号',
      '姓名',
      '第1题',
      'Q2',
      'item 3',
      'PHQ9_4',
      'phq-9.5',
      '6.做事时提不起劲',
      'Ｑ７',
      'gad7-8',
      '9',
      '10',
    ];
    expect(suggestScreeningMapping(headers, definition('phq-9'))).toEqual({
      studentNumber: 1,
      items: { '1': 3, '2': 4, '3': 5, '4': 6, '5': 7, '6': 8, '7': 9, '8': 10, '9': 11, '10': 12 },
    });
  });

  it('maps each item to the first column naming it and takes no bare scale name for an item', () => {
    const headers = ['Student number', 'PHQ-9', 'Q1', '1', 'GAD-7'];
    expect(suggestScreeningMapping(headers, definition('phq-9'))).toEqual({ studentNumber: 0, items: { '1': 2 } });
  });

  it('suggests nothing without a student-number column', () => {
    expect(suggestScreeningMapping(['编号', 'Q1', 'Q2'], definition('phq-9'))).toBeNull();
  });
});
