import {
  type ColumnMapping,
  ImportField,
  type ImportProblem,
  type ImportProblemCode,
  importFields,
  maxReportedCellLength,
} from '../../../../shared/schemas/student-import';
import { NewStudent, type StudentFieldName, studentTextLimits } from '../../../../shared/schemas/students';
import type { RosterRow } from './cell-text';
import { parseClassNumber } from './parse-class';
import { parseDate } from './parse-date';
import { looksLikeFormula, parseGender, parsePhone, parseStudentNumber, parseYear } from './parse-fields';
import { parseGrade, splitGradePrefix } from './parse-grade';

/** A row that can become a student file, and which fields the file actually gave. */
export interface ImportedStudent {
  fields: NewStudent;
  given: ReadonlySet<StudentFieldName>;
}

export interface ParsedRow {
  rowNumber: number;
  /** The mapped cells, cut for display. */
  cells: Partial<Record<ImportField, string>>;
  problems: ImportProblem[];
  /** Null when the row has problems. */
  student: ImportedStudent | null;
}

/**
 * How each column is read: `parse` returns null for a value it cannot read; `freeText` columns
 * keep the text as it is, but never text a spreadsheet would run as a formula.
 */
const fieldRules: Record<
  ImportField,
  { maxLength: number; required?: true; freeText?: true; parse?: (text: string) => unknown }
> = {
  name: { maxLength: studentTextLimits.name, required: true, freeText: true },
  studentNumber: { maxLength: studentTextLimits.studentNumber, required: true, parse: parseStudentNumber },
  gender: { maxLength: 10, parse: parseGender },
  dateOfBirth: { maxLength: 30, parse: parseDate },
  grade: { maxLength: 30, required: true, parse: parseGrade },
  classNumber: { maxLength: 30, parse: parseClassNumber },
  enrolmentYear: { maxLength: 30, parse: parseYear },
  classTeacher: { maxLength: studentTextLimits.classTeacher, freeText: true },
  guardianName: { maxLength: studentTextLimits.guardianName, freeText: true },
  guardianRelation: { maxLength: studentTextLimits.guardianRelation, freeText: true },
  guardianPhone: { maxLength: studentTextLimits.guardianPhone, parse: parsePhone },
};

/** The student file a roster row describes, or what keeps it from being one. */
export function parseRow(row: RosterRow, mapping: ColumnMapping): ParsedRow {
  const cells: Partial<Record<ImportField, string>> = {};
  const values: Partial<Record<ImportField, unknown>> = {};
  const problems: ImportProblem[] = [];
  for (const field of importFields) {
    const column = mapping[field];
    const cell = column === undefined ? '' : (row.cells[column] ?? '');
    if (column !== undefined) cells[field] = cell.slice(0, maxReportedCellLength);
    const text = field === 'classNumber' && column === mapping.grade ? classPart(cell) : cell;
    const reading = readCell(field, text);
    if ('problem' in reading) problems.push({ code: reading.problem, field });
    else if (reading.value !== null) values[field] = reading.value;
  }
  const student = problems.length === 0 ? toStudent(values, problems) : null;
  return { rowNumber: row.rowNumber, cells, problems, student };
}

/** A column that holds grade and class (初二(3)班) may name a grade only (初二): then there is no class. */
function classPart(cell: string): string {
  return splitGradePrefix(cell)?.rest === '' ? '' : cell;
}

/** The value of one cell (null for an empty optional one), or what is wrong with it. */
function readCell(field: ImportField, text: string): { value: unknown } | { problem: ImportProblemCode } {
  const rule = fieldRules[field];
  if (text === '') return rule.required ? { problem: 'missing' } : { value: null };
  if (text.length > rule.maxLength) return { problem: 'too-long' };
  if (rule.freeText && looksLikeFormula(text)) return { problem: 'formula-like' };
  const value = rule.parse ? rule.parse(text) : text;
  return value === null ? { problem: 'invalid' } : { value };
}

/** The columns that are fields of the student file as they are; the guardian's three make one guardian. */
const directFields = [
  'name',
  'studentNumber',
  'gender',
  'dateOfBirth',
  'grade',
  'classNumber',
  'enrolmentYear',
  'classTeacher',
] as const satisfies readonly (ImportField & StudentFieldName)[];

/** Checks the row against the same schema as a file typed by hand, as a last guard. */
function toStudent(values: Partial<Record<ImportField, unknown>>, problems: ImportProblem[]): ImportedStudent | null {
  const guardian = {
    name: values.guardianName ?? '',
    relation: values.guardianRelation ?? '',
    phone: values.guardianPhone ?? '',
  };
  const hasGuardian = guardian.name !== '' || guardian.phone !== '';
  const parsed = NewStudent.safeParse({
    ...Object.fromEntries(directFields.map((field) => [field, values[field] ?? null])),
    classTeacher: values.classTeacher ?? '',
    guardians: hasGuardian ? [guardian] : [],
  });
  if (!parsed.success) {
    const fields = new Set(parsed.error.issues.map((issue) => fieldOfIssue(issue.path)));
    problems.push(...[...fields].map((field) => ({ code: 'invalid' as const, field })));
    return null;
  }
  const given = new Set<StudentFieldName>(directFields.filter((field) => values[field] !== undefined));
  if (hasGuardian) given.add('guardians');
  return { fields: parsed.data, given };
}

function fieldOfIssue(path: PropertyKey[]): ImportField {
  if (path[0] === 'guardians') {
    return path[2] === 'phone' ? 'guardianPhone' : path[2] === 'relation' ? 'guardianRelation' : 'guardianName';
  }
  return ImportField.safeParse(path[0]).data ?? 'name';
}
