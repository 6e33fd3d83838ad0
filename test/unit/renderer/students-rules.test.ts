import { describe, expect, test } from 'vitest';
import { maxImportFileBytes } from '../../../shared/schemas/student-import';
import { maxRosterPage } from '../../../shared/schemas/students';
import {
  fieldsOfColumn,
  missingRequiredFields,
  withColumnFields,
} from '../../../renderer/src/students/import/column-mapping';
import { base64FromBytes, fitsImportLimit } from '../../../renderer/src/students/import/file-content';
import { defaultRosterFilter, isNarrowed, rosterQuery } from '../../../renderer/src/students/roster-filter';
import { schoolYearChoices, schoolYearCode, schoolYearToStart } from '../../../renderer/src/students/school-year';
import { formValuesOf, studentFieldsOf } from '../../../renderer/src/students/student-form-values';

describe('the roster query', () => {
  test('asks for active students a full page at a time by default', () => {
    expect(rosterQuery(defaultRosterFilter, 0)).toEqual({ status: 'active', limit: maxRosterPage, offset: 0 });
  });

  test('sends the trimmed search and the filters set, and every status for "all"', () => {
    const filter = { query: '  zs ', grade: 'J2', classNumber: 3, status: 'all', openFollowUps: false } as const;
    expect(rosterQuery(filter, 400)).toEqual({ query: 'zs', grade: 'J2', classNumber: 3, limit: 200, offset: 400 });
    expect(rosterQuery({ ...filter, openFollowUps: true }, 0)).toMatchObject({ openFollowUps: true });
    expect(rosterQuery({ ...defaultRosterFilter, query: '   ' }, 0)).not.toHaveProperty('query');
  });

  test('knows when the counselor narrowed the roster', () => {
    expect(isNarrowed(defaultRosterFilter)).toBe(false);
    expect(isNarrowed({ ...defaultRosterFilter, query: ' ' })).toBe(false);
    expect(isNarrowed({ ...defaultRosterFilter, query: 'zs' })).toBe(true);
    expect(isNarrowed({ ...defaultRosterFilter, grade: 'P1' })).toBe(true);
    expect(isNarrowed({ ...defaultRosterFilter, classNumber: 2 })).toBe(true);
    expect(isNarrowed({ ...defaultRosterFilter, status: 'archived' })).toBe(true);
    expect(isNarrowed({ ...defaultRosterFilter, openFollowUps: true })).toBe(true);
  });
});

describe('the school year to start', () => {
  test.each([
    ['2026-09-01', 2026],
    ['2026-11-28', 2026],
    ['2026-07-10', 2026],
    ['2026-06-30', 2025],
    ['2027-01-15', 2026],
  ])('on %s is the one starting in %i', (day, start) => {
    expect(schoolYearToStart(new Date(`${day}T12:00:00`))).toBe(start);
  });

  test('is chosen between the year under way and the coming one, written as the contract wants', () => {
    expect(schoolYearChoices(new Date('2026-11-28T12:00:00'))).toEqual([2025, 2026]);
    expect(schoolYearCode(2026)).toBe('2026-2027');
  });
});

describe('a roster file', () => {
  test('is read only up to the import limit', () => {
    expect(fitsImportLimit(maxImportFileBytes)).toBe(true);
    expect(fitsImportLimit(maxImportFileBytes + 1)).toBe(false);
  });

  test('travels as the same base64 as Node writes, also when large', () => {
    const bytes = new Uint8Array(200_001).map((_value, index) => (index * 7919) % 256);
    expect(base64FromBytes(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    expect(base64FromBytes(new Uint8Array())).toBe('');
  });
});

describe('the column mapping', () => {
  const suggested = { studentNumber: 0, name: 1, grade: 4, classNumber: 4 };

  test('lists the fields a column gives in file order', () => {
    expect(fieldsOfColumn(suggested, 4)).toEqual(['grade', 'classNumber']);
    expect(fieldsOfColumn(suggested, 2)).toEqual([]);
  });

  test('moves a field to the column it is chosen for, and drops what a column no longer gives', () => {
    expect(withColumnFields(suggested, 5, ['classNumber'])).toEqual({
      studentNumber: 0,
      name: 1,
      grade: 4,
      classNumber: 5,
    });
    expect(withColumnFields(suggested, 4, ['grade'])).toEqual({ studentNumber: 0, name: 1, grade: 4 });
    expect(withColumnFields(suggested, 1, [])).toEqual({ studentNumber: 0, grade: 4, classNumber: 4 });
  });

  test('names the required fields that no column gives', () => {
    expect(missingRequiredFields(suggested)).toEqual([]);
    expect(missingRequiredFields({ name: 0 })).toEqual(['studentNumber', 'grade']);
  });
});

describe('the student form', () => {
  test('sends trimmed text, null for what was left empty, and leaves out blank guardian rows', () => {
    expect(
      studentFieldsOf({
        name: ' 张三 ',
        studentNumber: '2025001 ',
        grade: 'J2',
        classNumber: undefined,
        gender: undefined,
        guardians: [{ name: ' 张父', relation: '父亲 ', phone: '' }, {}, { name: ' ', relation: '', phone: ' ' }],
        remarks: ' 第一行\n第二行 ',
      }),
    ).toEqual({
      name: '张三',
      studentNumber: '2025001',
      gender: null,
      dateOfBirth: null,
      grade: 'J2',
      classNumber: null,
      enrolmentYear: null,
      guardians: [{ name: '张父', relation: '父亲', phone: '' }],
      classTeacher: '',
      familyStructure: null,
      flags: [],
      remarks: '第一行\n第二行',
    });
  });

  test('round-trips a saved file', () => {
    const fields = {
      name: '曾小明',
      studentNumber: 'G2025-01',
      gender: 'male',
      dateOfBirth: '2012-05-03',
      grade: 'P6',
      classNumber: 2,
      enrolmentYear: 2020,
      guardians: [{ name: '', relation: '奶奶', phone: '022-23456789' }],
      classTeacher: '王老师',
      familyStructure: 'grandparent-raised',
      flags: ['left-behind', 'hardship'],
      remarks: '',
    } as const;
    expect(
      studentFieldsOf(formValuesOf({ ...fields, guardians: [...fields.guardians], flags: [...fields.flags] })),
    ).toEqual(fields);
    expect(formValuesOf(null)).toEqual({ guardians: [], flags: [] });
  });
});
