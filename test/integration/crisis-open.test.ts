import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CaseSource } from '../../shared/schemas/crisis';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { facts, gatekeeperReport, openCase, record } from './support/crisis-cases';
import { newStudent } from './support/roster-files';
import { bundled } from './support/scale-packs';

const phq9Flagged = { '1': 3, '2': 3, '3': 2, '4': 2, '5': 2, '6': 2, '7': 2, '8': 1, '9': 2, '10': 2 };

describe('opening a crisis case', () => {
  let fixture: Fixture;
  let counselorId: string;
  let studentId: string;
  beforeEach(async () => {
    fixture = newFixture();
    fixture.clock.time = Date.parse('2026-09-01T12:00:00');
    counselorId = (await setUpVault(fixture)).status.profile!.id;
    studentId = (await fixture.call('students.create', newStudent())).id;
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const countCases = () => database().prepare('SELECT count(*) FROM crisis_cases').pluck().get();
  const addStudent = async (studentNumber: string, name = '李四') =>
    (await fixture.call('students.create', newStudent({ name, studentNumber }))).id;
  const saveResult = (forStudent: string) =>
    fixture.call('scales.saveResult', {
      studentId: forStudent,
      scaleHash: bundled('phq-9').hash,
      language: 'zh-CN',
      administeredOn: '2026-08-30',
      answers: phq9Flagged,
      remark: '',
    });
  const classCheck = (watchedId: string) =>
    fixture.call('classChecks.record', {
      period: '2026-08',
      grade: 'J2',
      classNumber: 3,
      classTeacher: '王老师',
      classSize: 42,
      kind: 'report',
      students: [
        {
          studentId: watchedId,
          watch: 'new',
          reason: '情绪低落',
          description: '近两周上课常趴在桌上',
          action: '班主任谈心',
          reportedToCounselor: true,
          parentsInformed: false,
        },
      ],
      reportedOn: '2026-08-31',
    });

  it('opens from a gatekeeper report: the student, the opening, the state and what can be done next', async () => {
    const view = await openCase(fixture, studentId, { occurredTime: '09:10' });
    expect(view.opening).toEqual({
      id: view.caseId,
      studentId,
      source: gatekeeperReport,
      level: 'moderate',
      stage: 'assessment',
      occurredOn: '2026-09-01',
      occurredTime: '09:10',
      recordedAt: new Date(fixture.clock.time).toISOString(),
      recordedBy: { id: counselorId, displayName: '李老师' },
    });
    expect(view.student).toMatchObject({ id: studentId, name: '张三', grade: 'J2', classNumber: 3 });
    expect(view.status).toMatchObject({
      stage: 'assessment',
      level: { id: 'moderate', rank: 2, colour: 'yellow', label: { 'zh-CN': '黄色预警(中风险)' } },
      levelSince: '2026-09-01',
      guardianNotice: 'not-required',
      leave: null,
      lastContactOn: null,
      closure: null,
    });
    expect(view.events).toEqual([]);
    expect(view.nextFollowUp).toEqual({ due: '2026-09-15', status: 'upcoming' });
    expect(view.checklist.map((entry) => [entry.item.id, entry.status])).toEqual([
      ['counselor-assessment', 'open'],
      ['talk-with-parents', 'open'],
      ['advise-medical-visit', 'open'],
      ['regular-counseling', 'open'],
    ]);
    const move = (kind: string, to?: string) =>
      view.moves.find((option) => option.move.kind === kind && (!to || ('to' in option.move && option.move.to === to)));
    expect(move('stage-change', 'early-warning')).toMatchObject({ allowed: true, refusals: [] });
    expect(move('stage-change', 'intervention')).toMatchObject({
      allowed: false,
      refusals: ['stage-skip-not-allowed'],
    });
    expect(move('closure')).toMatchObject({ allowed: false });
    expect(move('level-change', 'imminent')).toMatchObject({ allowed: true, requires: ['guardian-notice'] });
    expect(await fixture.call('crisis.get', { caseId: view.caseId })).toEqual(view);
    expect(
      database()
        .prepare("SELECT action, entity_id FROM audit_events WHERE entity = 'crisis-case' ORDER BY rowid")
        .all(),
    ).toEqual([
      { action: 'crisis.open', entity_id: view.caseId },
      { action: 'crisis.view', entity_id: view.caseId },
    ]);
  });

  it('opens from every kind of source, a scale result in screening and the others in assessment', async () => {
    const resultStudent = await addStudent('2023010', '王五');
    const result = await saveResult(resultStudent);
    const checkStudent = await addStudent('2023011', '赵六');
    const report = await classCheck(checkStudent);
    const sources: [string, CaseSource][] = [
      [resultStudent, { kind: 'scale-result', resultId: result.id }],
      [await addStudent('2023012'), gatekeeperReport],
      [await addStudent('2023013'), { kind: 'self-referral' }],
      [await addStudent('2023014'), { kind: 'classmate', note: '同桌说他最近总说活着没意思' }],
      [await addStudent('2023015'), { kind: 'parent', name: '张女士', relation: '母亲' }],
      [checkStudent, { kind: 'class-check', reportId: report.id }],
      [await addStudent('2023016'), { kind: 'other', note: '宿管老师反映' }],
    ];
    const stages = [];
    for (const [student, source] of sources) {
      const view = await openCase(fixture, student, { source });
      expect(view.opening.source).toEqual(source);
      stages.push(view.status.stage);
    }
    expect(stages).toEqual(['screening', ...Array(6).fill('assessment')]);
    expect(
      database().prepare('SELECT source_result_id FROM crisis_cases WHERE source_result_id IS NOT NULL').pluck().all(),
    ).toEqual([result.id]);
    const explicit = await openCase(fixture, await addStudent('2023017'), { stage: 'intervention' });
    expect(explicit.status.stage).toBe('intervention');
  });

  it('refuses a source that is not a record of this student, and writes nothing', async () => {
    const other = await addStudent('2023020');
    const othersResult = await saveResult(other);
    const othersReport = await classCheck(other);
    const refused = [
      { kind: 'scale-result', resultId: othersResult.id },
      { kind: 'scale-result', resultId: '0195f2a0-0000-7000-8000-00000000dead' },
      { kind: 'class-check', reportId: othersReport.id },
    ] as const;
    for (const source of refused) {
      const error = await fixture.fail('crisis.open', {
        studentId,
        source,
        level: 'moderate',
        occurredOn: '2026-09-01',
        occurredTime: null,
      });
      expect(error.code).toBe('CASE_SOURCE_NOT_FOUND');
    }
    expect(countCases()).toBe(0);
  });

  it('refuses an unknown student, and a level the policy does not have', async () => {
    const unknown = await fixture.fail('crisis.open', {
      studentId: '0195f2a0-0000-7000-8000-00000000beef',
      source: { kind: 'self-referral' },
      level: 'moderate',
      occurredOn: '2026-09-01',
      occurredTime: null,
    });
    expect(unknown.code).toBe('NOT_FOUND');
    const level = await fixture.fail('crisis.open', {
      studentId,
      source: { kind: 'self-referral' },
      level: 'purple',
      occurredOn: '2026-09-01',
      occurredTime: null,
    });
    expect(level).toMatchObject({ code: 'CASE_MOVE_REFUSED', detail: 'unknown-level' });
    expect(countCases()).toBe(0);
  });

  it('keeps one open case per student: a second one names the open case', async () => {
    const first = await openCase(fixture, studentId);
    const error = await fixture.fail('crisis.open', {
      studentId,
      source: { kind: 'self-referral' },
      level: 'high',
      occurredOn: '2026-09-02',
      occurredTime: null,
    });
    expect(error).toMatchObject({ code: 'CASE_ALREADY_OPEN', conflictId: first.caseId });
    expect(countCases()).toBe(1);
  });

  it('opens at the top level with the guardian notice pending, which holds the case out of supervision', async () => {
    const view = await openCase(fixture, studentId, { level: 'imminent', stage: 'intervention' });
    expect(view.status.guardianNotice).toBe('pending');
    const toSupervision = view.moves.find(
      (option) => option.move.kind === 'stage-change' && option.move.to === 'supervision',
    );
    expect(toSupervision).toMatchObject({ allowed: false, refusals: ['imminent-needs-guardian-notice'] });
    const notified = await record(fixture, view, facts.guardiansNotified('2026-09-01'));
    expect(notified.status.guardianNotice).toBe('recorded');
    expect(
      notified.moves.find((option) => option.move.kind === 'stage-change' && option.move.to === 'supervision'),
    ).toMatchObject({ allowed: true });
  });

  it('answers NOT_FOUND for a case that does not exist', async () => {
    const error = await fixture.fail('crisis.get', { caseId: '0195f2a0-0000-7000-8000-00000000beef' });
    expect(error.code).toBe('NOT_FOUND');
  });
});
