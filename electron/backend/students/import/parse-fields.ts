import type { Gender } from '../../../../shared/schemas/students';
import { normalizeForParsing } from './normalize-text';
import { parseDate } from './parse-date';

const genderWords: Record<string, Gender> = {
  男: 'male',
  男生: 'male',
  男性: 'male',
  m: 'male',
  male: 'male',
  // GB/T 2261.1, the national code for sex
  '1': 'male',
  女: 'female',
  女生: 'female',
  女性: 'female',
  f: 'female',
  female: 'female',
  '2': 'female',
};

export function parseGender(text: string): Gender | null {
  return genderWords[normalizeForParsing(text)] ?? null;
}

/** An enrolment year from `2024`, `2024级`, `2024年`, `2024届` or a day in that year. */
export function parseYear(text: string): number | null {
  const match = /^(\d{4})(?:级|年|届)?$/.exec(normalizeForParsing(text));
  const year = match ? Number(match[1]) : Number(parseDate(text)?.slice(0, 4) ?? Number.NaN);
  return year >= 1990 && year <= 2100 ? year : null;
}

/** A student number with full-width characters made ASCII: letters, digits and hyphens only. */
export function parseStudentNumber(text: string): string | null {
  const number = text.normalize('NFKC').trim();
  return /^[0-9A-Za-z-]+$/.test(number) ? number : null;
}

/** A phone number with full-width digits made ASCII: digits, spaces and + - ( ) only, five digits at least. */
export function parsePhone(text: string): string | null {
  const phone = text.normalize('NFKC').replace(/\s+/g, ' ').trim();
  const digits = phone.replace(/\D/g, '').length;
  return /^\+?\(?[0-9][0-9\-() ]*$/.test(phone) && digits >= 5 ? phone : null;
}

/** Text that a spreadsheet would run as a formula if it were exported again. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@]/.test(text);
}
