import { describe, expect, it } from 'vitest';
import { parseGrade, splitGradePrefix } from '../../../../electron/backend/students/import/parse-grade';

describe('reading a grade as schools write it', () => {
  it.each([
    ['一年级', 'P1'],
    ['六年级', 'P6'],
    ['小学三年级', 'P3'],
    ['4年级', 'P4'],
    ['小五', 'P5'],
    ['初一', 'J1'],
    ['初二', 'J2'],
    ['初中三年级', 'J3'],
    ['七年级', 'J1'],
    ['八年级', 'J2'],
    ['九年级', 'J3'],
    ['高一', 'S1'],
    ['高中二年级', 'S2'],
    ['高三', 'S3'],
    ['Grade 8', 'J2'],
    ['grade 12', 'S3'],
    ['J2', 'J2'],
    ['s1', 'S1'],
    ['初二(3)班', 'J2'],
    ['七年级（1）班', 'J1'],
    ['  高 一 ', 'S1'],
  ])('%s is %s', (text, grade) => {
    expect(parseGrade(text)).toBe(grade);
  });

  it.each(['', '3', '初四', '十年级', '七', '高', 'Grade 13', 'P7', 'J4', '大一', '2024级'])(
    '%j is no grade',
    (text) => {
      expect(parseGrade(text)).toBeNull();
    },
  );

  it('hands on what follows the grade', () => {
    expect(splitGradePrefix('初二（3）班')).toEqual({ grade: 'J2', rest: '(3)班' });
    expect(splitGradePrefix('高一')).toEqual({ grade: 'S1', rest: '' });
  });
});
