import type { Grade } from '../schemas/students';

/**
 * Where each grade goes at the new school year. P6, J3 and S3 are leaving grades: students
 * there graduate (primary and junior graduates usually continue at another school), keeping
 * their files but leaving the active roster.
 */
export const gradeAfterPromotion: Readonly<Record<Grade, Grade | 'graduated'>> = {
  P1: 'P2',
  P2: 'P3',
  P3: 'P4',
  P4: 'P5',
  P5: 'P6',
  P6: 'graduated',
  J1: 'J2',
  J2: 'J3',
  J3: 'graduated',
  S1: 'S2',
  S2: 'S3',
  S3: 'graduated',
};

/** The first calendar year of a school year: 2026 for `2026-2027`. */
export function schoolYearStart(schoolYear: string): number {
  return Number(schoolYear.slice(0, 4));
}
