import type { TFunction } from 'i18next';
import type { Grade, StudentFieldName } from '../../../shared/schemas/students';
import type { ImportField } from '../../../shared/schemas/student-import';

/** Tall enough that a grade list shows every grade, 小学一年级 to 高三, without scrolling. */
export const gradeListHeight = 460;

/** 初二(3)班 or "Junior 2, class 3"; the grade alone when the class is not known. */
export function classNameText(t: TFunction, grade: Grade, classNumber: number | null): string {
  if (classNumber === null) return t(`students.grades.${grade}`);
  return t('students.className', { grade: t(`students.gradesInClassName.${grade}`), number: classNumber });
}

/** Field names as a list in the language's own way: 姓名、学号 or "Name, Student number". */
export function fieldListText(t: TFunction, fields: readonly (StudentFieldName | ImportField)[]): string {
  return fields.map((field) => t(`students.fields.${field}`)).join(t('students.listSeparator'));
}

/** An input's limits taken from the schema the backend checks, so the two cannot differ. */
export function numberBounds(schema: { minValue: number | null; maxValue: number | null }) {
  return { min: schema.minValue ?? undefined, max: schema.maxValue ?? undefined };
}
