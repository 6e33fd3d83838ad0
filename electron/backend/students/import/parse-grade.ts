import type { Grade } from '../../../../shared/schemas/students';
import { normalizeForParsing, smallNumber } from './normalize-text';

/** Each way schools write a grade, with the grade it names; tried in order on normalized text. */
const gradeForms: { pattern: RegExp; grade: (year: number) => Grade | null }[] = [
  // 初一, 初中二年级, 初3
  { pattern: /^初中?([一二三123])(?:年级)?/, grade: (year) => juniorGrade(year) },
  // 高一, 高中三年级
  { pattern: /^高中?([一二三123])(?:年级)?/, grade: (year) => seniorGrade(year) },
  // 七年级…九年级 are 初一…初三 in the nine-year numbering
  { pattern: /^([七八九789])年级/, grade: (year) => juniorGrade(year - 6) },
  // 一年级…六年级, 小学三年级, 小三
  { pattern: /^(?:小学)?([一二三四五六1-6])年级/, grade: (year) => primaryGrade(year) },
  { pattern: /^小([一二三四五六])/, grade: (year) => primaryGrade(year) },
  // Grade 1…Grade 12, G7
  { pattern: /^(?:grade|g)(\d{1,2})(?!\d)/, grade: (year) => gradeOfTwelve(year) },
  // The codes themselves: P1…P6, J1…J3, S1…S3
  { pattern: /^p([1-6])(?!\d)/, grade: (year) => primaryGrade(year) },
  { pattern: /^j([1-3])(?!\d)/, grade: (year) => juniorGrade(year) },
  { pattern: /^s([1-3])(?!\d)/, grade: (year) => seniorGrade(year) },
];

/**
 * The grade at the start of a cell and what follows it (a class, as in `初二(3)班`), or null
 * when the cell does not start with a grade.
 */
export function splitGradePrefix(text: string): { grade: Grade; rest: string } | null {
  const normalized = normalizeForParsing(text);
  for (const form of gradeForms) {
    const match = form.pattern.exec(normalized);
    const year = match ? smallNumber(match[1]!) : null;
    const grade = year === null ? null : form.grade(year);
    if (match && grade) return { grade, rest: normalized.slice(match[0].length) };
  }
  return null;
}

/** The grade a cell names: 一年级, 初二, 七年级, 高三, 初二(3)班, Grade 8, J2… */
export function parseGrade(text: string): Grade | null {
  return splitGradePrefix(text)?.grade ?? null;
}

function primaryGrade(year: number): Grade | null {
  return year >= 1 && year <= 6 ? (`P${year}` as Grade) : null;
}

function juniorGrade(year: number): Grade | null {
  return year >= 1 && year <= 3 ? (`J${year}` as Grade) : null;
}

function seniorGrade(year: number): Grade | null {
  return year >= 1 && year <= 3 ? (`S${year}` as Grade) : null;
}

function gradeOfTwelve(year: number): Grade | null {
  return primaryGrade(year) ?? juniorGrade(year - 6) ?? seniorGrade(year - 9);
}
