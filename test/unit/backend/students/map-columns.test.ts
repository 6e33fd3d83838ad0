import { describe, expect, it } from 'vitest';
import type { RosterRow } from '../../../../electron/backend/students/import/cell-text';
import { locateHeader } from '../../../../electron/backend/students/import/locate-header';
import { headerField, suggestMapping } from '../../../../electron/backend/students/import/map-columns';

const rows = (...cells: string[][]): RosterRow[] => cells.map((row, index) => ({ rowNumber: index + 2, cells: row }));

describe('mapping columns to fields', () => {
  it('knows Chinese and English header names, forgiving marks, brackets and width', () => {
    expect(headerField('姓名')).toBe('name');
    expect(headerField('姓名*')).toBe('name');
    expect(headerField('学籍号')).toBe('studentNumber');
    expect(headerField('Student No.')).toBe('studentNumber');
    expect(headerField('出生日期（YYYY-MM-DD）')).toBe('dateOfBirth');
    expect(headerField('Date of birth')).toBe('dateOfBirth');
    expect(headerField('班主任')).toBe('classTeacher');
    expect(headerField('联系电话')).toBe('guardianPhone');
    expect(headerField('序号')).toBeNull();
    expect(headerField('身份证号')).toBeNull();
  });

  it('suggests a mapping for a typical Chinese roster', () => {
    const headers = [
      '序号',
      '学号',
      '姓名',
      '性别',
      '出生日期',
      '年级',
      '班级',
      '入学年份',
      '班主任',
      '监护人',
      '关系',
      '联系电话',
    ];
    expect(suggestMapping(headers, [])).toEqual({
      studentNumber: 1,
      name: 2,
      gender: 3,
      dateOfBirth: 4,
      grade: 5,
      classNumber: 6,
      enrolmentYear: 7,
      classTeacher: 8,
      guardianName: 9,
      guardianRelation: 10,
      guardianPhone: 11,
    });
  });

  it('finds names inside longer headers, but never gives one field two columns', () => {
    const headers = ['学生姓名', '家长联系电话', '监护人1姓名', '班主任', '班主任电话', '备注'];
    expect(suggestMapping(headers, [])).toEqual({ name: 0, guardianPhone: 1, guardianName: 2, classTeacher: 3 });
  });

  it('reads grade and class from one column like 初二(3)班', () => {
    const data = rows(['张三', '初二(3)班'], ['李四', '初二(4)班']);
    expect(suggestMapping(['姓名', '班级'], data)).toEqual({ name: 0, classNumber: 1, grade: 1 });
    expect(suggestMapping(['姓名', '年级'], data)).toEqual({ name: 0, grade: 1, classNumber: 1 });
    expect(suggestMapping(['姓名', '班级'], rows(['张三', '3'], ['李四', '4']))).toEqual({ name: 0, classNumber: 1 });
  });

  it('skips title rows above the header', () => {
    const file = rows(['2026级初一学生名单'], ['天津市第一中学'], ['学号', '姓名', '班级'], ['1', '张三', '1']);
    const located = locateHeader(file);
    expect(located?.header.cells).toEqual(['学号', '姓名', '班级']);
    expect(located?.dataRows.map((row) => row.rowNumber)).toEqual([5]);
    expect(locateHeader(rows(['a', 'b'], ['c', 'd']))?.header.cells).toEqual(['a', 'b']);
    expect(locateHeader([])).toBeNull();
  });
});
