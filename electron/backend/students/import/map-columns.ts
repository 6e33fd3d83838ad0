import type { ColumnMapping, ImportField } from '../../../../shared/schemas/student-import';
import type { RosterRow } from './cell-text';
import { parseClassNumber } from './parse-class';
import { parseGrade } from './parse-grade';

/** Header names schools use for each field, compared without spaces, brackets or case. */
const headerNames: Record<ImportField, string[]> = {
  name: ['姓名', '学生姓名', '名字', 'name', 'studentname', 'fullname'],
  studentNumber: ['学号', '学籍号', '学生编号', '学籍编号', '全国学籍号', 'studentnumber', 'studentno', 'studentid'],
  gender: ['性别', 'gender', 'sex'],
  dateOfBirth: ['出生日期', '出生年月日', '出生年月', '生日', 'dateofbirth', 'birthdate', 'birthday', 'dob'],
  grade: ['年级', '所在年级', 'grade'],
  classNumber: ['班级', '班', '班号', '所在班级', 'class', 'classnumber'],
  enrolmentYear: [
    '入学年份',
    '入学年度',
    '入学年',
    '入学时间',
    '入学年级',
    'enrolmentyear',
    'enrollmentyear',
    'entryyear',
  ],
  classTeacher: ['班主任', '班主任姓名', 'classteacher', 'homeroomteacher'],
  guardianName: [
    '监护人',
    '监护人姓名',
    '家长',
    '家长姓名',
    '联系人',
    'guardian',
    'guardianname',
    'parent',
    'parentname',
  ],
  guardianRelation: ['关系', '与学生关系', '监护人关系', '与本人关系', '亲属关系', 'relation', 'relationship'],
  guardianPhone: [
    '联系电话',
    '电话',
    '手机',
    '手机号',
    '手机号码',
    '家长电话',
    '监护人电话',
    '家长手机',
    '联系方式',
    'phone',
    'telephone',
    'mobile',
  ],
};

const fieldsInOrder = Object.keys(headerNames) as ImportField[];

/** A header as compared: full-width made ASCII, marks like `*` and bracketed hints left out. */
function normalizeHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/\([^)]*\)|\[[^\]]*\]/g, '')
    .replace(/[\s*:_.\-/#]/g, '');
}

/** The field a header names exactly, or null. */
export function headerField(header: string): ImportField | null {
  const normalized = normalizeHeader(header);
  return fieldsInOrder.find((field) => headerNames[field].includes(normalized)) ?? null;
}

/**
 * The field a header names in part, by its longest known name inside it: `家长联系电话` is a
 * phone, `监护人1姓名` a guardian. One-character names are too loose to match inside words.
 */
function fieldWithin(header: string): ImportField | null {
  const normalized = normalizeHeader(header);
  let best: { field: ImportField; length: number } | null = null;
  for (const field of fieldsInOrder) {
    for (const name of headerNames[field]) {
      if (name.length > 1 && normalized.includes(name) && name.length > (best?.length ?? 0)) {
        best = { field, length: name.length };
      }
    }
  }
  return best?.field ?? null;
}

/**
 * The mapping to offer: exact header names first, then names found inside headers; each field
 * takes the first column that names it, and a column whose best match is taken stays unmapped
 * (`班主任电话` is not a guardian's phone). A single column like `初二(3)班` serves both grade
 * and class when its values say so.
 */
export function suggestMapping(headers: string[], dataRows: RosterRow[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<number>();
  const assign = (field: ImportField | null, column: number) => {
    if (field === null || mapping[field] !== undefined || taken.has(column)) return;
    mapping[field] = column;
    taken.add(column);
  };
  headers.forEach((header, column) => assign(headerField(header), column));
  headers.forEach((header, column) => assign(fieldWithin(header), column));
  if (mapping.grade === undefined && mapping.classNumber !== undefined) {
    if (mostlyParse(dataRows, mapping.classNumber, parseGrade)) mapping.grade = mapping.classNumber;
  }
  if (mapping.classNumber === undefined && mapping.grade !== undefined) {
    if (mostlyParse(dataRows, mapping.grade, parseClassNumber)) mapping.classNumber = mapping.grade;
  }
  return mapping;
}

/** Whether at least half of a column's first 20 values parse. */
function mostlyParse(rows: RosterRow[], column: number, parse: (text: string) => unknown): boolean {
  const values = rows
    .map((row) => row.cells[column] ?? '')
    .filter((value) => value !== '')
    .slice(0, 20);
  return values.length > 0 && values.filter((value) => parse(value) !== null).length * 2 >= values.length;
}
