import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { type CaseView, facts, lastEventId, openCase, record, recordAll } from './support/crisis-cases';
import { newStudent } from './support/roster-files';

/** Noon on the day in the computer's own time zone: the day the backend's calendar sees. */
const localNoon = (day: string) => Date.parse(`${day}T12:00:00`);

describe('follow-ups, the caseload and open referrals', () => {
  let fixture: Fixture;
  /** One case per level, all opened on 2026-09-01 except the moderate one (2026-08-25). */
  let cases: Record<'imminent' | 'high' | 'moderate' | 'low' | 'closed', CaseView>;
  beforeEach(async () => {
    fixture = newFixture();
    fixture.clock.time = localNoon('2026-09-01');
    await setUpVault(fixture);
    const student = async (name: string, studentNumber: string) =>
      (await fixture.call('students.create', newStudent({ name, studentNumber }))).id;
    const open = async (name: string, studentNumber: string, level: string, occurredOn = '2026-09-01') =>
      openCase(fixture, await student(name, studentNumber), { level, occurredOn, stage: 'intervention' });
    const closed = await recordAll(fixture, await open('周八', '2023005', 'low'), [
      facts.stageChange('supervision', '2026-09-01'),
      facts.review(true, '2026-09-01'),
      facts.closure('2026-09-01'),
    ]);
    cases = {
      imminent: await record(fixture, await open('张三', '2023001', 'imminent'), facts.guardiansNotified('2026-09-01')),
      high: await open('李四', '2023002', 'high'),
      moderate: await open('王五', '2023003', 'moderate', '2026-08-25'),
      low: await open('赵六', '2023004', 'low'),
      closed,
    };
  });
  afterEach(() => fixture.cleanup());

  const names = (items: { student: { name: string } }[]) => items.map((item) => item.student.name);

  it('lists overdue and due-today follow-ups apart from the coming week, by the backend clock', async () => {
    fixture.clock.time = localNoon('2026-09-04');
    const schedule = await fixture.call('crisis.followUps', {});
    expect(schedule.today).toBe('2026-09-04');
    expect(schedule.overdue).toEqual([
      {
        caseId: cases.imminent.caseId,
        student: cases.imminent.student,
        level: cases.imminent.status.level,
        stage: 'intervention',
        due: '2026-09-02',
        lastContactOn: '2026-09-01',
      },
    ]);
    expect(names(schedule.dueToday)).toEqual(['李四']);
    expect(schedule.upcoming.map((item) => [item.student.name, item.due])).toEqual([['王五', '2026-09-08']]);

    await record(fixture, cases.imminent, facts.followUp('2026-09-04'));
    const after = await fixture.call('crisis.followUps', {});
    expect(after.overdue).toEqual([]);
    expect(after.upcoming.map((item) => [item.student.name, item.due])).toEqual([
      ['张三', '2026-09-05'],
      ['王五', '2026-09-08'],
    ]);

    fixture.clock.time = localNoon('2026-09-06');
    const later = await fixture.call('crisis.followUps', {});
    expect(later.today).toBe('2026-09-06');
    expect(later.overdue.map((item) => [item.student.name, item.due])).toEqual([
      ['李四', '2026-09-04'],
      ['张三', '2026-09-05'],
    ]);
  });

  it('lists the caseload by urgency with days since the last contact, and filters it', async () => {
    fixture.clock.time = localNoon('2026-09-11');
    const caseload = await fixture.call('crisis.list', {});
    expect(names(caseload)).toEqual(['张三', '李四', '王五', '赵六']);
    expect(caseload[0]).toEqual({
      caseId: cases.imminent.caseId,
      student: cases.imminent.student,
      level: cases.imminent.status.level,
      stage: 'intervention',
      openedOn: '2026-09-01',
      source: 'gatekeeper',
      lastContactOn: '2026-09-01',
      daysSinceLastContact: 10,
      nextFollowUp: { due: '2026-09-02', status: 'overdue' },
      guardianNoticePending: false,
      onLeave: false,
      closedOn: null,
    });
    expect(caseload[1]).toMatchObject({ lastContactOn: null, daysSinceLastContact: null });
    expect(names(await fixture.call('crisis.list', { status: 'closed' }))).toEqual(['周八']);
    expect(await fixture.call('crisis.list', { status: 'all' })).toHaveLength(5);
    expect(names(await fixture.call('crisis.list', { level: 'high' }))).toEqual(['李四']);
    expect(names(await fixture.call('crisis.list', { status: 'all', stage: 'closed' }))).toEqual(['周八']);
    expect(names(await fixture.call('crisis.list', { studentId: cases.low.student.id }))).toEqual(['赵六']);
    const moved = await record(fixture, cases.low, facts.stageChange('supervision', '2026-09-02'));
    expect(names(await fixture.call('crisis.list', { stage: 'supervision' }))).toEqual(['赵六']);
    expect(moved.status.stage).toBe('supervision');
  });

  it('lists referrals of open cases still waiting for an outcome, the longest open first, with the days open', async () => {
    const early = await record(fixture, cases.high, facts.referral('2026-09-01'));
    const late = await record(fixture, cases.moderate, facts.referral('2026-09-05'));
    const answered = await record(fixture, cases.imminent, facts.referral('2026-08-20'));
    await record(fixture, answered, facts.referralOutcome(lastEventId(answered), '2026-09-06'));
    await recordAll(fixture, cases.low, [
      facts.referral('2026-08-20'),
      facts.stageChange('supervision', '2026-09-01'),
      facts.review(true, '2026-09-01'),
      facts.closure('2026-09-02'),
    ]);
    fixture.clock.time = localNoon('2026-09-15');
    const referrals = await fixture.call('crisis.openReferrals', {});
    expect(referrals.map((referral) => [referral.student.name, referral.daysOpen])).toEqual([
      ['李四', 14],
      ['王五', 10],
    ]);
    expect(referrals[0]).toEqual({
      eventId: lastEventId(early),
      caseId: cases.high.caseId,
      student: cases.high.student,
      level: cases.high.status.level,
      institution: '安定医院',
      department: '儿童青少年心理科',
      channel: 'green',
      referredOn: '2026-09-01',
      daysOpen: 14,
    });
    expect(late.openReferrals).toHaveLength(1);
  });
});
