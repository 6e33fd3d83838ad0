import type { ClassCheckKind, WatchedStudent, WatchStatus } from '../../../shared/schemas/class-checks';
import type { Grade } from '../../../shared/schemas/students';
import type { Connection } from '../database/open-database';

export interface ReportRow {
  id: string;
  period: string;
  grade: Grade;
  classNumber: number;
  version: number;
  /** 1 when no later version of the class's report for the month exists. */
  current: number;
  classTeacher: string;
  classSize: number;
  kind: ClassCheckKind;
  reportedOn: string;
  createdAt: string;
  createdById: string;
  createdByName: string;
}

export interface EntryRow {
  reportId: string;
  studentId: string;
  studentName: string;
  watch: WatchStatus;
  reason: string;
  description: string;
  action: string;
  reportedToCounselor: number;
  parentsInformed: number;
}

/** School order of grades (P1…S3), as the students table ranks them. */
const gradeRank = (column: string) =>
  `(CASE substr(${column}, 1, 1) WHEN 'P' THEN 0 WHEN 'J' THEN 6 ELSE 9 END + CAST(substr(${column}, 2) AS INTEGER))`;

const isCurrent = `r.version = (SELECT max(later.version) FROM class_check_reports later
  WHERE later.period = r.period AND later.grade = r.grade AND later.class_number = r.class_number)`;

const reportColumns = `r.id, r.period, r.grade, r.class_number AS classNumber, r.version, ${isCurrent} AS current,
  r.class_teacher AS classTeacher, r.class_size AS classSize, r.kind, r.reported_on AS reportedOn,
  r.created_at AS createdAt, r.created_by AS createdById, c.display_name AS createdByName`;
const reportJoins = 'class_check_reports r JOIN counselors c ON c.id = r.created_by';

const entryColumns = `e.report_id AS reportId, e.student_id AS studentId, s.name AS studentName, e.watch, e.reason,
  e.description, e.action, e.reported_to_counselor AS reportedToCounselor, e.parents_informed AS parentsInformed`;

/** The highest version the class has for the month, 0 when it has not reported. */
export function latestClassVersion(
  connection: Connection,
  key: { period: string; grade: Grade; classNumber: number },
): number {
  return connection
    .prepare(
      `SELECT coalesce(max(version), 0) FROM class_check_reports
       WHERE period = @period AND grade = @grade AND class_number = @classNumber`,
    )
    .pluck()
    .get(key) as number;
}

export function insertReport(
  connection: Connection,
  report: {
    id: string;
    period: string;
    grade: Grade;
    classNumber: number;
    version: number;
    classTeacher: string;
    classSize: number;
    kind: ClassCheckKind;
    reportedOn: string;
    at: string;
    by: string;
  },
): void {
  connection
    .prepare(
      `INSERT INTO class_check_reports (id, period, grade, class_number, version, class_teacher, class_size, kind,
         reported_on, created_at, created_by)
       VALUES (@id, @period, @grade, @classNumber, @version, @classTeacher, @classSize, @kind, @reportedOn, @at, @by)`,
    )
    .run(report);
}

export function insertEntries(connection: Connection, reportId: string, students: readonly WatchedStudent[]): void {
  const insert = connection.prepare(
    `INSERT INTO class_check_students (report_id, position, student_id, watch, reason, description, action,
       reported_to_counselor, parents_informed)
     VALUES (@reportId, @position, @studentId, @watch, @reason, @description, @action, @reportedToCounselor,
       @parentsInformed)`,
  );
  students.forEach((student, index) =>
    insert.run({
      ...student,
      reportId,
      position: index + 1,
      reportedToCounselor: student.reportedToCounselor ? 1 : 0,
      parentsInformed: student.parentsInformed ? 1 : 0,
    }),
  );
}

export function findReport(connection: Connection, id: string): ReportRow | undefined {
  return connection.prepare(`SELECT ${reportColumns} FROM ${reportJoins} WHERE r.id = ?`).get(id) as
    ReportRow | undefined;
}

/** The students a report names, in the order it gave them. */
export function reportEntries(connection: Connection, reportId: string): EntryRow[] {
  return connection
    .prepare(
      `SELECT ${entryColumns} FROM class_check_students e JOIN students s ON s.id = e.student_id
       WHERE e.report_id = ? ORDER BY e.position`,
    )
    .all(reportId) as EntryRow[];
}

/** The current report of each class for the month, in school order, with how many students of each watch status. */
export function currentReportsOf(
  connection: Connection,
  period: string,
): (ReportRow & { newCount: number; continuingCount: number; clearedCount: number })[] {
  return connection
    .prepare(
      `SELECT ${reportColumns},
         (SELECT count(*) FROM class_check_students e WHERE e.report_id = r.id AND e.watch = 'new') AS newCount,
         (SELECT count(*) FROM class_check_students e WHERE e.report_id = r.id AND e.watch = 'continuing')
           AS continuingCount,
         (SELECT count(*) FROM class_check_students e WHERE e.report_id = r.id AND e.watch = 'cleared') AS clearedCount
       FROM ${reportJoins} WHERE r.period = ? AND ${isCurrent}
       ORDER BY ${gradeRank('r.grade')}, r.class_number`,
    )
    .all(period) as (ReportRow & { newCount: number; continuingCount: number; clearedCount: number })[];
}

/** The student's entries in current reports, with their report's fields, the latest month first. */
export function currentEntriesOf(connection: Connection, studentId: string): (EntryRow & ReportRow)[] {
  return connection
    .prepare(
      `SELECT ${entryColumns}, ${reportColumns}
       FROM class_check_students e JOIN students s ON s.id = e.student_id
         JOIN class_check_reports r ON r.id = e.report_id JOIN counselors c ON c.id = r.created_by
       WHERE e.student_id = ? AND ${isCurrent}
       ORDER BY r.period DESC, r.reported_on DESC`,
    )
    .all(studentId) as (EntryRow & ReportRow)[];
}

/** Whether the report names the student: a crisis case opened from a class check must. */
export function reportNamesStudent(connection: Connection, reportId: string, studentId: string): boolean {
  return (
    connection
      .prepare('SELECT 1 FROM class_check_students WHERE report_id = ? AND student_id = ?')
      .pluck()
      .get(reportId, studentId) !== undefined
  );
}
