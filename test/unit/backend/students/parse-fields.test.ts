import { describe, expect, it } from 'vitest';
import { cellText, withoutTrailingEmptyCells } from '../../../../electron/backend/students/import/cell-text';
import {
  looksLikeFormula,
  parseGender,
  parsePhone,
  parseStudentNumber,
  parseYear,
} from '../../../../electron/backend/students/import/parse-fields';

describe('reading the other cells of a roster', () => {
  it('reads gender in Chinese, English and the national code', () => {
    expect(['男', '男生', 'M', 'male', '1'].map(parseGender)).toEqual(Array(5).fill('male'));
    expect(['女', '女性', 'f', 'Female', '2'].map(parseGender)).toEqual(Array(5).fill('female'));
    expect(['', '未知', '3', 'x'].map(parseGender)).toEqual([null, null, null, null]);
  });

  it('reads an enrolment year', () => {
    expect(['2024', '2024级', '2024年', '2024届', '2024-09-01', '２０２４'].map(parseYear)).toEqual(
      Array(6).fill(2024),
    );
    expect(['24', '1989', '2101', '二〇二四'].map(parseYear)).toEqual([null, null, null, null]);
  });

  it('keeps student numbers to letters, digits and hyphens', () => {
    expect(parseStudentNumber('２０２３０１０１')).toBe('20230101');
    expect(parseStudentNumber('G110101201205031234')).toBe('G110101201205031234');
    expect(parseStudentNumber('2023 0101')).toBeNull();
    expect(parseStudentNumber('=1+1')).toBeNull();
  });

  it('reads phone numbers', () => {
    expect(parsePhone('138 0013 8000')).toBe('138 0013 8000');
    expect(parsePhone('+86 138-0013-8000')).toBe('+86 138-0013-8000');
    expect(parsePhone('(022)2345-6789')).toBe('(022)2345-6789');
    expect(parsePhone('１３８００１３８０００')).toBe('13800138000');
    expect(parsePhone('call me')).toBeNull();
    expect(parsePhone('110')).toBeNull();
  });

  it('spots text a spreadsheet would run as a formula', () => {
    expect(['=HYPERLINK("x")', '+1', '-2', '@SUM(A1)'].every(looksLikeFormula)).toBe(true);
    expect(looksLikeFormula('张三')).toBe(false);
  });

  it('cleans cells: control and invisible characters out, days as text, length capped', () => {
    expect(cellText('张\u0000三\r\n丰\u001b[31m')).toBe('张 三 丰 [31m');
    expect(cellText('\u200b李\u202e四\ufeff')).toBe('李四');
    expect(cellText('  王　五  ')).toBe('王 五');
    expect(cellText(new Date(Date.UTC(2012, 4, 3)))).toBe('2012-05-03');
    expect(cellText('长'.repeat(5000))).toHaveLength(1000);
    expect(withoutTrailingEmptyCells(['a', '', 'b', '', ''])).toEqual(['a', '', 'b']);
  });
});
