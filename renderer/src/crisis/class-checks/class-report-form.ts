import type {
  ClassCheckReport,
  Period,
  RecordClassCheckInput,
  WatchStatus,
} from '../../../../shared/schemas/class-checks';
import type { Grade } from '../../../../shared/schemas/students';

/** A student on watch as the report form holds it: no student chosen yet in a new row. */
export interface WatchRow {
  studentId?: string;
  watch: WatchStatus;
  reason: string;
  description: string;
  action: string;
  reportedToCounselor: boolean;
  parentsInformed: boolean;
}

export interface ReportValues {
  classTeacher: string;
  classSize: number;
  reportedOn: string;
  students: WatchRow[];
}

export const blankWatchRow: WatchRow = {
  watch: 'new',
  reason: '',
  description: '',
  action: '',
  reportedToCounselor: false,
  parentsInformed: false,
};

/**
 * What the form starts with: the class's current report when it is reported again (a new
 * version starts from the one it replaces), else the roster's teacher and size and one empty row.
 */
export function initialReportValues(
  previous: ClassCheckReport | null,
  roster: { classTeacher: string; classSize: number },
  today: string,
): ReportValues {
  if (previous && previous.kind === 'report') {
    return {
      classTeacher: previous.classTeacher,
      classSize: previous.classSize,
      reportedOn: today,
      students: previous.students.map(({ studentName: _name, ...entry }) => entry),
    };
  }
  return { ...roster, reportedOn: today, students: [{ ...blankWatchRow }] };
}

/** The report to record from the form's values, texts trimmed. */
export function reportInput(
  values: ReportValues,
  target: { period: Period; grade: Grade; classNumber: number },
): RecordClassCheckInput {
  return {
    ...target,
    classTeacher: values.classTeacher.trim(),
    classSize: values.classSize,
    kind: 'report',
    reportedOn: values.reportedOn,
    students: values.students.map((row) => ({
      studentId: row.studentId ?? '',
      watch: row.watch,
      reason: row.reason.trim(),
      description: row.description.trim(),
      action: row.action.trim(),
      reportedToCounselor: row.reportedToCounselor,
      parentsInformed: row.parentsInformed,
    })),
  };
}
