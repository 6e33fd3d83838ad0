import type {
  ClassCheckMonth,
  ClassCheckReport,
  RecordClassCheckInput,
  RosterClass,
  StudentWatchEntry,
} from '../../../shared/schemas/class-checks';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { newId } from '../ids';
import { findStudent } from '../students/student-repository';
import type { Act } from '../students/student-service';
import {
  currentEntriesOf,
  currentReportsOf,
  type EntryRow,
  findReport,
  insertEntries,
  insertReport,
  latestClassVersion,
  type ReportRow,
  reportEntries,
} from './report-repository';
import { activeClassTeachers } from './roster-classes';

function reportFields(row: ReportRow) {
  return {
    id: row.id,
    period: row.period,
    grade: row.grade,
    classNumber: row.classNumber,
    version: row.version,
    current: row.current === 1,
    classTeacher: row.classTeacher,
    classSize: row.classSize,
    kind: row.kind,
    reportedOn: row.reportedOn,
    recordedAt: row.createdAt,
    recordedBy: { id: row.createdById, displayName: row.createdByName },
  };
}

function entryFields(row: EntryRow) {
  return {
    watch: row.watch,
    reason: row.reason,
    description: row.description,
    action: row.action,
    reportedToCounselor: row.reportedToCounselor === 1,
    parentsInformed: row.parentsInformed === 1,
  };
}

function readReport(connection: Connection, id: string): ClassCheckReport | undefined {
  const row = findReport(connection, id);
  if (!row) return undefined;
  const students = reportEntries(connection, id).map((entry) => ({
    studentId: entry.studentId,
    studentName: entry.studentName,
    ...entryFields(entry),
  }));
  return { ...reportFields(row), students };
}

/**
 * Every student a report names must have a file in that class, so a teacher's report never
 * lands on another class's student.
 */
function refuseStudentsOutsideClass(connection: Connection, report: RecordClassCheckInput): void {
  report.students.forEach(({ studentId }, index) => {
    const student = findStudent(connection, studentId);
    if (!student) throw new BackendError('NOT_FOUND', 'No student file has this id.');
    if (student.grade !== report.grade || student.classNumber !== report.classNumber) {
      throw new BackendError('VALIDATION_FAILED', `Invalid fields: students.${index}.studentId (not in this class)`);
    }
  });
}

/** Records a class's report for a month; a class that reported that month already gets the next version. */
export function recordClassCheck(connection: Connection, report: RecordClassCheckInput, act: Act): ClassCheckReport {
  return connection.transaction(() => {
    refuseStudentsOutsideClass(connection, report);
    const id = newId(Date.parse(act.at));
    const { students, ...fields } = report;
    insertReport(connection, { id, ...fields, version: latestClassVersion(connection, report) + 1, ...act });
    insertEntries(connection, id, students);
    appendAuditEvent(connection, {
      actorId: act.by,
      action: 'class-checks.record',
      entity: 'class-check',
      entityId: id,
      at: act.at,
    });
    return readReport(connection, id)!;
  })();
}

/** A report as recorded, current or superseded; opening it is audited, as it names students. */
export function openClassCheck(connection: Connection, reportId: string, act: Act): ClassCheckReport {
  const report = readReport(connection, reportId);
  if (!report) throw new BackendError('NOT_FOUND', 'No class check report has this id.');
  appendAuditEvent(connection, {
    actorId: act.by,
    action: 'class-checks.open',
    entity: 'class-check',
    entityId: reportId,
    at: act.at,
  });
  return report;
}

/** The classes of the active roster, each with the teacher most of its files name. */
function rosterClasses(connection: Connection): RosterClass[] {
  const classes = new Map<string, RosterClass>();
  for (const { grade, classNumber, classTeacher } of activeClassTeachers(connection)) {
    const key = `${grade}-${classNumber}`;
    if (!classes.has(key)) classes.set(key, { grade, classNumber, classTeacher });
  }
  return [...classes.values()];
}

/** Which classes reported in the month (their current report) and which classes of the roster did not. */
export function classCheckMonth(connection: Connection, period: string): ClassCheckMonth {
  const reported = currentReportsOf(connection, period).map((row) => ({
    ...reportFields(row),
    watch: { new: row.newCount, continuing: row.continuingCount, cleared: row.clearedCount },
  }));
  const done = new Set(reported.map((report) => `${report.grade}-${report.classNumber}`));
  const missing = rosterClasses(connection).filter((entry) => !done.has(`${entry.grade}-${entry.classNumber}`));
  return { period, reported, missing };
}

/** The student's "on watch" history: their entries in the reports that count, the latest month first. */
export function studentWatchHistory(connection: Connection, studentId: string): StudentWatchEntry[] {
  if (!findStudent(connection, studentId)) throw new BackendError('NOT_FOUND', 'No student file has this id.');
  return currentEntriesOf(connection, studentId).map((row) => ({
    reportId: row.reportId,
    period: row.period,
    grade: row.grade,
    classNumber: row.classNumber,
    version: row.version,
    reportedOn: row.reportedOn,
    ...entryFields(row),
  }));
}
