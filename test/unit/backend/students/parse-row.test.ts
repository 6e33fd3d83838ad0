import { describe, expect, it } from 'vitest';
import { parseRow } from '../../../../electron/backend/students/import/parse-row';

const mapping = {
  studentNumber: 0,
  name: 1,
  gender: 2,
  dateOfBirth: 3,
  grade: 4,
  classNumber: 4,
  guardianName: 5,
  guardianPhone: 6,
};
const row = (cells: string[]) => parseRow({ rowNumber: 7, cells }, mapping);

describe('a roster row as a student file', () => {
  it('reads a good row and notes which fields it gave', () => {
    const parsed = row(['2023001', '张三', '男', '2012/5/3', '初二(3)班', '张父', '13800138000']);
    expect(parsed.problems).toEqual([]);
    expect(parsed.student?.fields).toMatchObject({
      studentNumber: '2023001',
      name: '张三',
      gender: 'male',
      dateOfBirth: '2012-05-03',
      grade: 'J2',
      classNumber: 3,
      guardians: [{ name: '张父', relation: '', phone: '13800138000' }],
      flags: [],
      remarks: '',
    });
    expect([...parsed.student!.given].sort()).toEqual(
      ['classNumber', 'dateOfBirth', 'gender', 'grade', 'guardians', 'name', 'studentNumber'].sort(),
    );
  });

  it('reports each problem by field, and imports nothing from such a row', () => {
    const parsed = row(['', '', '未知', '2012-13-01', '大一', '=HYPERLINK("x")', 'x'.repeat(30)]);
    expect(parsed.student).toBeNull();
    expect(parsed.problems).toEqual([
      { code: 'missing', field: 'name' },
      { code: 'missing', field: 'studentNumber' },
      { code: 'invalid', field: 'gender' },
      { code: 'invalid', field: 'dateOfBirth' },
      { code: 'invalid', field: 'grade' },
      { code: 'invalid', field: 'classNumber' },
      { code: 'formula-like', field: 'guardianName' },
      { code: 'too-long', field: 'guardianPhone' },
    ]);
  });

  it('reports an overlong name and cuts the cell it shows', () => {
    const parsed = row(['2023001', '张'.repeat(300), '', '', '初一', '', '']);
    expect(parsed.problems).toEqual([{ code: 'too-long', field: 'name' }]);
    expect(parsed.cells.name).toHaveLength(100);
    expect(parsed.cells).not.toHaveProperty('classTeacher');
  });
});
