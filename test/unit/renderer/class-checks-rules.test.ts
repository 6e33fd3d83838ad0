import { describe, expect, test } from 'vitest';
import { type ClassCheckReport, RecordClassCheckInput } from '../../../shared/schemas/class-checks';
import {
  classKey,
  inSchoolOrder,
  isFuturePeriod,
  monthText,
  periodOf,
  periodStart,
  watchedCount,
  zeroReport,
} from '../../../renderer/src/crisis/class-checks/class-check-month';
import {
  blankWatchRow,
  initialReportValues,
  reportInput,
} from '../../../renderer/src/crisis/class-checks/class-report-form';

const studentId = '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b';

describe('months of the class check', () => {
  test('are the computer’s calendar months', () => {
    expect(periodOf(new Date(2025, 0, 31, 23, 59))).toBe('2025-01');
    expect(periodOf(new Date(2025, 11, 1, 0, 0))).toBe('2025-12');
    expect(periodStart('2025-11')).toBe('2025-11-01');
  });

  test('in the future are not offered: a report would predate its month', () => {
    const today = new Date(2025, 10, 15);
    expect(isFuturePeriod('2025-12', today)).toBe(true);
    expect(isFuturePeriod('2025-11', today)).toBe(false);
    expect(isFuturePeriod('2024-12', today)).toBe(false);
  });

  test('read as people write them', () => {
    expect(monthText('2025-11', 'zh-CN')).toBe('2025年11月');
    expect(monthText('2025-11', 'en')).toBe('November 2025');
  });
});

describe('classes', () => {
  test('are listed in school order, primary first, then by class number', () => {
    const classes = [
      { grade: 'J2' as const, classNumber: 1 },
      { grade: 'P3' as const, classNumber: 2 },
      { grade: 'J1' as const, classNumber: 10 },
      { grade: 'J1' as const, classNumber: 2 },
    ];
    expect(inSchoolOrder(classes).map(classKey)).toEqual(['P3-2', 'J1-2', 'J1-10', 'J2-1']);
  });
});

describe('the one-click zero report', () => {
  test('names the roster’s teacher and size, nobody on watch, and is dated today', () => {
    const report = zeroReport(
      { grade: 'J2', classNumber: 3, classTeacher: '赵老师' },
      42,
      '2025-11',
      new Date(2025, 11, 2, 9),
    );
    expect(report).toEqual({
      period: '2025-11',
      grade: 'J2',
      classNumber: 3,
      classTeacher: '赵老师',
      classSize: 42,
      kind: 'zero-report',
      students: [],
      reportedOn: '2025-12-02',
    });
    expect(RecordClassCheckInput.safeParse(report).success).toBe(true);
  });

  test('counts every student a report names', () => {
    expect(watchedCount({ watch: { new: 2, continuing: 1, cleared: 3 } })).toBe(6);
  });
});

describe('the report form', () => {
  const previous: ClassCheckReport = {
    id: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a60',
    period: '2025-11',
    grade: 'J2',
    classNumber: 3,
    version: 1,
    current: true,
    classTeacher: '赵老师',
    classSize: 40,
    kind: 'report',
    reportedOn: '2025-11-20',
    recordedAt: '2025-11-20T08:00:00.000Z',
    recordedBy: { id: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a61', displayName: '王丽' },
    students: [
      {
        studentId,
        studentName: '张伟',
        watch: 'new',
        reason: '情绪低落',
        description: '',
        action: '',
        reportedToCounselor: true,
        parentsInformed: false,
      },
    ],
  };

  test('starts from the roster with one empty row, or from the report it replaces', () => {
    expect(initialReportValues(null, { classTeacher: '孙老师', classSize: 38 }, '2025-11-28')).toEqual({
      classTeacher: '孙老师',
      classSize: 38,
      reportedOn: '2025-11-28',
      students: [blankWatchRow],
    });
    const again = initialReportValues(previous, { classTeacher: '孙老师', classSize: 38 }, '2025-11-28');
    expect(again.classTeacher).toBe('赵老师');
    expect(again.classSize).toBe(40);
    expect(again.reportedOn).toBe('2025-11-28');
    expect(again.students).toEqual([
      {
        studentId,
        watch: 'new',
        reason: '情绪低落',
        description: '',
        action: '',
        reportedToCounselor: true,
        parentsInformed: false,
      },
    ]);
  });

  test('a zero report replaced by a report starts from the roster', () => {
    const zero = { ...previous, kind: 'zero-report' as const, students: [] };
    expect(initialReportValues(zero, { classTeacher: '孙老师', classSize: 38 }, '2025-11-28').students).toEqual([
      blankWatchRow,
    ]);
  });

  test('makes the report to record, texts trimmed, one the backend accepts', () => {
    const input = reportInput(
      {
        classTeacher: ' 赵老师 ',
        classSize: 40,
        reportedOn: '2025-11-28',
        students: [{ ...blankWatchRow, studentId, reason: ' 情绪低落 ', action: '  与家长沟通 ' }],
      },
      { period: '2025-11', grade: 'J2', classNumber: 3 },
    );
    expect(input.classTeacher).toBe('赵老师');
    expect(input.kind).toBe('report');
    expect(input.students[0]).toMatchObject({ studentId, reason: '情绪低落', action: '与家长沟通', watch: 'new' });
    expect(RecordClassCheckInput.safeParse(input).success).toBe(true);
  });
});
