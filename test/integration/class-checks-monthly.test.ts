import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ChannelInput } from '../../shared/contract';
import type { WatchedStudent } from '../../shared/schemas/class-checks';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { newStudent } from './support/roster-files';

type Report = ChannelInput<'classChecks.record'>;

const zeroReport = (overrides: Partial<Report> = {}): Report => ({
  period: '2026-09',
  grade: 'J2',
  classNumber: 3,
  classTeacher: '王老师',
  classSize: 42,
  kind: 'zero-report',
  students: [],
  reportedOn: '2026-09-28',
  ...overrides,
});

const watched = (studentId: string, overrides: Partial<WatchedStudent> = {}): WatchedStudent => ({
  studentId,
  watch: 'new',
  reason: '情绪低落',
  description: '近两周上课常趴在桌上，不与同学交流',
  action: '班主任谈心，建议心理老师约谈',
  reportedToCounselor: true,
  parentsInformed: false,
  ...overrides,
});

/** A report's entry as the student's history shows it, without the id it is looked up by. */
const withoutId = ({ studentId: _studentId, ...entry }: WatchedStudent) => entry;

describe("class teachers' monthly check", () => {
  let fixture: Fixture;
  /** Two students of 初二(3), one of 初二(4), one of 初一(1). */
  let ids: { a: string; b: string; c: string; d: string };
  beforeEach(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
    const add = async (name: string, number: string, grade: 'J1' | 'J2', classNumber: number, classTeacher: string) =>
      (
        await fixture.call(
          'students.create',
          newStudent({ name, studentNumber: number, grade, classNumber, classTeacher }),
        )
      ).id;
    ids = {
      a: await add('张三', '2023001', 'J2', 3, '王老师'),
      b: await add('李四', '2023002', 'J2', 3, '王老师'),
      c: await add('赵六', '2023003', 'J2', 4, '刘老师'),
      d: await add('钱七', '2024001', 'J1', 1, ''),
    };
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;

  it('records a zero report in one call', async () => {
    const report = await fixture.call('classChecks.record', zeroReport());
    expect(report).toMatchObject({
      period: '2026-09',
      grade: 'J2',
      classNumber: 3,
      version: 1,
      current: true,
      kind: 'zero-report',
      students: [],
      recordedBy: { displayName: '李老师' },
    });
    expect(await fixture.call('classChecks.get', { reportId: report.id })).toEqual(report);
  });

  it('records a report naming two students, each with reason, action and whom it reached', async () => {
    const report = await fixture.call(
      'classChecks.record',
      zeroReport({
        kind: 'report',
        students: [
          watched(ids.a),
          watched(ids.b, { watch: 'cleared', reportedToCounselor: false, parentsInformed: true }),
        ],
      }),
    );
    expect(report.students).toEqual([
      { ...watched(ids.a), studentName: '张三' },
      {
        ...watched(ids.b, { watch: 'cleared', reportedToCounselor: false, parentsInformed: true }),
        studentName: '李四',
      },
    ]);
    const entry = withoutId(watched(ids.b, { watch: 'cleared', reportedToCounselor: false, parentsInformed: true }));
    expect(await fixture.call('classChecks.forStudent', { studentId: ids.b })).toEqual([
      {
        reportId: report.id,
        period: '2026-09',
        grade: 'J2',
        classNumber: 3,
        version: 1,
        reportedOn: '2026-09-28',
        ...entry,
      },
    ]);
    expect(await fixture.call('classChecks.forStudent', { studentId: ids.c })).toEqual([]);
    expect(
      database().prepare("SELECT action, entity_id AS entityId FROM audit_events WHERE entity = 'class-check'").all(),
    ).toEqual([{ action: 'class-checks.record', entityId: report.id }]);
  });

  it('shows which classes of the active roster have not reported this month', async () => {
    await fixture.call('students.create', newStudent({ name: '无班级', studentNumber: '2025001', classNumber: null }));
    const archived = await fixture.call(
      'students.create',
      newStudent({ name: '已转学', studentNumber: '2025002', grade: 'S1', classNumber: 2 }),
    );
    await fixture.call('students.archive', { id: archived.id });

    await fixture.call('classChecks.record', zeroReport({ classTeacher: '王老师' }));
    await fixture.call(
      'classChecks.record',
      zeroReport({ grade: 'J1', classNumber: 1, kind: 'report', students: [watched(ids.d)] }),
    );
    // Another month's report counts for that month only.
    await fixture.call(
      'classChecks.record',
      zeroReport({ period: '2026-08', reportedOn: '2026-08-30', classNumber: 4 }),
    );

    const month = await fixture.call('classChecks.month', { period: '2026-09' });
    expect(month.reported.map((report) => [report.grade, report.classNumber, report.kind, report.watch])).toEqual([
      ['J1', 1, 'report', { new: 1, continuing: 0, cleared: 0 }],
      ['J2', 3, 'zero-report', { new: 0, continuing: 0, cleared: 0 }],
    ]);
    expect(month.missing).toEqual([{ grade: 'J2', classNumber: 4, classTeacher: '刘老师' }]);

    const august = await fixture.call('classChecks.month', { period: '2026-08' });
    expect(august.missing.map((entry) => `${entry.grade}-${entry.classNumber}`)).toEqual(['J1-1', 'J2-3']);
    const october = await fixture.call('classChecks.month', { period: '2026-10' });
    expect(october).toEqual({
      period: '2026-10',
      reported: [],
      missing: [
        { grade: 'J1', classNumber: 1, classTeacher: '' },
        { grade: 'J2', classNumber: 3, classTeacher: '王老师' },
        { grade: 'J2', classNumber: 4, classTeacher: '刘老师' },
      ],
    });
  });

  it('keeps both versions when a class reports the same month again; the latest counts', async () => {
    const first = await fixture.call('classChecks.record', zeroReport({ kind: 'report', students: [watched(ids.a)] }));
    fixture.clock.advance(60_000);
    const second = await fixture.call('classChecks.record', zeroReport({ reportedOn: '2026-09-30' }));
    expect(second).toMatchObject({ version: 2, current: true, kind: 'zero-report' });
    expect(second.id).not.toBe(first.id);

    expect(await fixture.call('classChecks.get', { reportId: first.id })).toEqual({ ...first, current: false });
    const month = await fixture.call('classChecks.month', { period: '2026-09' });
    expect(month.reported.map((report) => [report.id, report.version])).toEqual([[second.id, 2]]);
    // The superseded report no longer puts the student on watch.
    expect(await fixture.call('classChecks.forStudent', { studentId: ids.a })).toEqual([]);

    expect(() => database().prepare('UPDATE class_check_reports SET class_size = 1').run()).toThrow(/append-only/);
    expect(() => database().prepare('DELETE FROM class_check_students').run()).toThrow(/append-only/);
  });

  it('opens a crisis case for a reported student in one step, with the report as its source', async () => {
    const report = await fixture.call('classChecks.record', zeroReport({ kind: 'report', students: [watched(ids.a)] }));
    const opening = {
      source: { kind: 'class-check' as const, reportId: report.id },
      level: 'moderate',
      occurredOn: '2026-09-28',
      occurredTime: null,
    };
    const view = await fixture.call('crisis.open', { studentId: ids.a, ...opening });
    expect(view.opening).toMatchObject({ studentId: ids.a, source: { kind: 'class-check', reportId: report.id } });
    // A student the report does not name cannot be opened from it.
    expect((await fixture.fail('crisis.open', { studentId: ids.b, ...opening })).code).toBe('CASE_SOURCE_NOT_FOUND');
  });

  it('refuses inconsistent reports and students who are not in the class', async () => {
    const refused = async (report: Report) => (await fixture.fail('classChecks.record', report)).code;
    expect(await refused(zeroReport({ students: [watched(ids.a)] }))).toBe('VALIDATION_FAILED');
    expect(await refused(zeroReport({ kind: 'report' }))).toBe('VALIDATION_FAILED');
    expect(await refused(zeroReport({ kind: 'report', students: [watched(ids.a), watched(ids.a)] }))).toBe(
      'VALIDATION_FAILED',
    );
    expect(
      await refused(zeroReport({ kind: 'report', classSize: 1, students: [watched(ids.a), watched(ids.b)] })),
    ).toBe('VALIDATION_FAILED');
    expect(await refused(zeroReport({ period: '2026-13' }))).toBe('VALIDATION_FAILED');
    expect(await refused(zeroReport({ reportedOn: '2026-08-31' }))).toBe('VALIDATION_FAILED');
    expect(await refused(zeroReport({ kind: 'report', students: [watched(ids.a, { reason: '' })] }))).toBe(
      'VALIDATION_FAILED',
    );

    const elsewhere = await fixture.fail(
      'classChecks.record',
      zeroReport({ kind: 'report', students: [watched(ids.c)] }),
    );
    expect(elsewhere).toMatchObject({
      code: 'VALIDATION_FAILED',
      message: expect.stringContaining('students.0.studentId'),
    });
    const unknown = watched('0190a000-0000-7000-8000-000000000000');
    expect(await refused(zeroReport({ kind: 'report', students: [unknown] }))).toBe('NOT_FOUND');
    expect(database().prepare('SELECT count(*) FROM class_check_reports').pluck().get()).toBe(0);
    expect((await fixture.fail('classChecks.get', { reportId: unknown.studentId })).code).toBe('NOT_FOUND');
  });
});
