import type {
  ClassCheckSummary,
  Period,
  RecordClassCheckInput,
  RosterClass,
} from '../../../../shared/schemas/class-checks';
import { type Grade, gradeCodes } from '../../../../shared/schemas/students';
import { localIsoDate } from '../../scales/local-date';

/** The month of a moment in the computer's zone, `YYYY-MM`: the month a counselor means by "this month". */
export function periodOf(date: Date): Period {
  return localIsoDate(date).slice(0, 7);
}

/**
 * Whether a month has not begun yet: a report for it would be dated before the month it reports
 * on, which the backend refuses, so the month picker does not offer it.
 */
export function isFuturePeriod(period: Period, today: Date): boolean {
  return period > periodOf(today);
}

/** The first day of the month: the earliest day a report on it can be dated. */
export function periodStart(period: Period): string {
  return `${period}-01`;
}

/** Classes in school order: 小学一年级 first, then by class number. */
export function inSchoolOrder<T extends { grade: Grade; classNumber: number }>(classes: readonly T[]): T[] {
  return [...classes].sort(
    (a, b) => gradeCodes.indexOf(a.grade) - gradeCodes.indexOf(b.grade) || a.classNumber - b.classNumber,
  );
}

export function classKey(entry: { grade: Grade; classNumber: number }): string {
  return `${entry.grade}-${entry.classNumber}`;
}

/**
 * The one-click zero report (零报告): nobody on watch, the teacher the roster names, the class
 * size the roster counts, reported today.
 */
export function zeroReport(
  rosterClass: RosterClass,
  classSize: number,
  period: Period,
  today: Date,
): RecordClassCheckInput {
  return {
    period,
    grade: rosterClass.grade,
    classNumber: rosterClass.classNumber,
    classTeacher: rosterClass.classTeacher,
    classSize,
    kind: 'zero-report',
    students: [],
    reportedOn: localIsoDate(today),
  };
}

/** How many students a report names, whatever their watch status. */
export function watchedCount(report: Pick<ClassCheckSummary, 'watch'>): number {
  return report.watch.new + report.watch.continuing + report.watch.cleared;
}

/** "2025年11月" or "November 2025". */
export function monthText(period: Period, language: string): string {
  const [year, month] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'long' }).format(new Date(year!, month! - 1, 1));
}
