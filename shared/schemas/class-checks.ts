import { z } from 'zod';
import { blockOfText, Id, IsoDate, IsoTime, lineOfText } from './common';
import { CounselorRef } from './sessions';
import { ClassNumber, Grade, studentTextLimits } from './students';

/**
 * The class teachers' monthly check (班级心理排查): each class reports the students on watch, or
 * that there is nothing to report (零报告). Class teachers never use the app; the counselor
 * records their reports. A report is never edited: reporting the same class and month again adds
 * a version, and the latest is the one that counts.
 */

export const classCheckLimits = { reason: 200, text: 1000, students: 100, classSize: 200 } as const;

/** A calendar month, `YYYY-MM`. */
export const Period = z.string().regex(/^[0-9]{4}-(0[1-9]|1[0-2])$/, { message: 'a month as YYYY-MM' });
export type Period = z.infer<typeof Period>;

/** 新增 newly on watch, 持续 still on watch, 解除 taken off watch this month. */
export const watchStatuses = ['new', 'continuing', 'cleared'] as const;
export const WatchStatus = z.enum(watchStatuses);
export type WatchStatus = z.infer<typeof WatchStatus>;

export const ClassCheckKind = z.enum(['zero-report', 'report']);
export type ClassCheckKind = z.infer<typeof ClassCheckKind>;

export const WatchedStudent = z.strictObject({
  studentId: Id,
  watch: WatchStatus,
  reason: lineOfText(classCheckLimits.reason).min(1),
  /** What the teacher saw, objectively. */
  description: blockOfText(classCheckLimits.text),
  action: blockOfText(classCheckLimits.text),
  reportedToCounselor: z.boolean(),
  parentsInformed: z.boolean(),
});
export type WatchedStudent = z.infer<typeof WatchedStudent>;

export const RecordClassCheckInput = z
  .strictObject({
    period: Period,
    grade: Grade,
    classNumber: ClassNumber,
    classTeacher: lineOfText(studentTextLimits.classTeacher),
    classSize: z.number().int().min(0).max(classCheckLimits.classSize),
    kind: ClassCheckKind,
    students: z.array(WatchedStudent).max(classCheckLimits.students),
    reportedOn: IsoDate,
  })
  .superRefine((report, context) => {
    if (report.kind === 'zero-report' && report.students.length > 0) {
      context.addIssue({ code: 'custom', path: ['students'], message: 'a zero report names no student' });
    }
    if (report.kind === 'report' && report.students.length === 0) {
      context.addIssue({ code: 'custom', path: ['students'], message: 'a report names at least one student' });
    }
    if (report.students.length > report.classSize) {
      context.addIssue({ code: 'custom', path: ['classSize'], message: 'more students on watch than in the class' });
    }
    const ids = new Set<string>();
    report.students.forEach((student, index) => {
      if (ids.has(student.studentId)) {
        context.addIssue({ code: 'custom', path: ['students', index, 'studentId'], message: 'each student once' });
      }
      ids.add(student.studentId);
    });
    // Days compare as text in this format: a month is reported on or after its first day.
    if (report.reportedOn < `${report.period}-01`) {
      context.addIssue({ code: 'custom', path: ['reportedOn'], message: 'reported before the month began' });
    }
  });
export type RecordClassCheckInput = z.infer<typeof RecordClassCheckInput>;

export const WatchedStudentEntry = WatchedStudent.extend({ studentName: z.string() });
export type WatchedStudentEntry = z.infer<typeof WatchedStudentEntry>;

const reportFields = {
  id: Id,
  period: Period,
  grade: Grade,
  classNumber: ClassNumber,
  /** 1 for the first report of the class this month, then 2, 3… */
  version: z.number().int().min(1),
  /** Whether this is the latest version, the one that counts. */
  current: z.boolean(),
  classTeacher: z.string(),
  classSize: z.number().int().min(0),
  kind: ClassCheckKind,
  reportedOn: IsoDate,
  recordedAt: IsoTime,
  recordedBy: CounselorRef,
};

export const ClassCheckReport = z.strictObject({ ...reportFields, students: z.array(WatchedStudentEntry) });
export type ClassCheckReport = z.infer<typeof ClassCheckReport>;

export const WatchCounts = z.strictObject({
  new: z.number().int().min(0),
  continuing: z.number().int().min(0),
  cleared: z.number().int().min(0),
});
export type WatchCounts = z.infer<typeof WatchCounts>;

export const ClassCheckSummary = z.strictObject({ ...reportFields, watch: WatchCounts });
export type ClassCheckSummary = z.infer<typeof ClassCheckSummary>;

/** A class of the active roster; the teacher is the one most of its files name ('' for none). */
export const RosterClass = z.strictObject({ grade: Grade, classNumber: ClassNumber, classTeacher: z.string() });
export type RosterClass = z.infer<typeof RosterClass>;

/** A month at a glance: the current report of each class that reported, and the classes that did not. */
export const ClassCheckMonth = z.strictObject({
  period: Period,
  reported: z.array(ClassCheckSummary),
  missing: z.array(RosterClass),
});
export type ClassCheckMonth = z.infer<typeof ClassCheckMonth>;

/** A student named in the current report of a class and month: their "on watch" history. */
export const StudentWatchEntry = WatchedStudent.omit({ studentId: true }).extend({
  reportId: Id,
  period: Period,
  grade: Grade,
  classNumber: ClassNumber,
  version: z.number().int().min(1),
  reportedOn: IsoDate,
});
export type StudentWatchEntry = z.infer<typeof StudentWatchEntry>;

export const ClassCheckMonthInput = z.strictObject({ period: Period });
export const ClassCheckRef = z.strictObject({ reportId: Id });
