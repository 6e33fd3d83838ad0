import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SafetyPlanSections } from '../../shared/schemas/safety-plans';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { newStudent } from './support/roster-files';

const unknownId = '0190a000-0000-7000-8000-000000000000';

describe('safety plans', () => {
  let fixture: Fixture;
  let studentId: string;
  beforeEach(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
    studentId = (await fixture.call('students.create', newStudent())).id;
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;

  const written = (sections: SafetyPlanSections): SafetyPlanSections => ({
    ...sections,
    warningSigns: ['一个人待在房间里不说话'],
    copingStrategies: ['听音乐', '画画'],
    distractions: { people: ['同桌小李'], places: ['学校图书馆'] },
    peopleToAsk: [{ name: '班主任王老师', phone: '' }],
    environmentSafety: ['请家长收好药品'],
    reasonsForLiving: ['我的猫'],
  });

  it('starts a new plan with the active hotlines as the professionals to call, in the UI language', async () => {
    const sections = await fixture.call('safetyPlans.new', { studentId });
    expect(sections.professionals).toEqual([
      { name: '阳光家庭热线', phone: '4000716515', note: expect.stringMatching(/^每周末；/) },
      { name: '心理援助热线', phone: '88588818', note: expect.stringMatching(/^7×24小时；.*022/) },
    ]);
    expect(sections).toMatchObject({
      warningSigns: [],
      reasonsForLiving: [],
      distractions: { people: [], places: [] },
    });

    const [family, aid] = await fixture.call('hotlines.list', {});
    await fixture.call('hotlines.save', {
      hotlines: [family!, { ...aid!, active: false }].map(({ sortOrder: _sortOrder, ...line }) => line),
    });
    await fixture.call('settings.update', { language: 'en' });
    expect((await fixture.call('safetyPlans.new', { studentId })).professionals).toEqual([
      { name: 'Sunshine family hotline', phone: '4000716515', note: expect.stringMatching(/^Weekends; /) },
    ]);
    expect((await fixture.fail('safetyPlans.new', { studentId: unknownId })).code).toBe('NOT_FOUND');
  });

  it('adds a version at each save and keeps every earlier version readable', async () => {
    const draft = written(await fixture.call('safetyPlans.new', { studentId }));
    const first = await fixture.call('safetyPlans.save', {
      studentId,
      caseId: null,
      planId: null,
      expectedVersion: 0,
      sections: draft,
    });
    expect(first).toMatchObject({ studentId, caseId: null, version: 1, sections: draft });
    expect(first.updatedBy.displayName).toBe('李老师');

    fixture.clock.advance(60_000);
    const changed = { ...draft, reasonsForLiving: ['我的猫', '下个月的演出'] };
    const second = await fixture.call('safetyPlans.save', {
      studentId,
      caseId: null,
      planId: first.id,
      expectedVersion: 1,
      sections: changed,
    });
    expect(second).toMatchObject({ id: first.id, version: 2, sections: changed, createdAt: first.createdAt });
    expect(second.updatedAt > first.updatedAt).toBe(true);

    expect(await fixture.call('safetyPlans.get', { planId: first.id, version: 1 })).toEqual(first);
    expect(await fixture.call('safetyPlans.get', { planId: first.id })).toEqual(second);
    expect(await fixture.call('safetyPlans.forStudent', { studentId })).toEqual([
      { id: first.id, studentId, caseId: null, version: 2, createdAt: first.createdAt, ...pick(second) },
    ]);
    expect((await fixture.fail('safetyPlans.get', { planId: first.id, version: 3 })).code).toBe('NOT_FOUND');

    // Saving what is stored adds nothing.
    const same = { studentId, caseId: null, planId: first.id, expectedVersion: 2, sections: changed };
    expect(await fixture.call('safetyPlans.save', same)).toEqual(second);
    expect(
      database().prepare('SELECT count(*) FROM safety_plan_versions WHERE plan_id = ?').pluck().get(first.id),
    ).toBe(2);
  });

  it('refuses a save made from a version that is no longer the latest, naming the latest', async () => {
    const sections = written(await fixture.call('safetyPlans.new', { studentId }));
    const plan = await fixture.call('safetyPlans.save', {
      studentId,
      caseId: null,
      planId: null,
      expectedVersion: 0,
      sections,
    });
    const save = (expectedVersion: number, reasons: string[]) => ({
      studentId,
      caseId: null,
      planId: plan.id,
      expectedVersion,
      sections: { ...sections, reasonsForLiving: reasons },
    });
    await fixture.call('safetyPlans.save', save(1, ['窗口一']));
    expect(await fixture.fail('safetyPlans.save', save(1, ['窗口二']))).toMatchObject({
      code: 'SAFETY_PLAN_CONFLICT',
      revision: 2,
    });
    expect((await fixture.call('safetyPlans.get', { planId: plan.id })).sections.reasonsForLiving).toEqual(['窗口一']);
  });

  it('keeps plan versions append-only in the database itself', async () => {
    const plan = await fixture.call('safetyPlans.save', {
      studentId,
      caseId: null,
      planId: null,
      expectedVersion: 0,
      sections: written(await fixture.call('safetyPlans.new', { studentId })),
    });
    expect(() => database().prepare("UPDATE safety_plan_versions SET sections = '{}'").run()).toThrow(/append-only/);
    expect(() => database().prepare('DELETE FROM safety_plan_versions').run()).toThrow(/append-only/);
    expect(() => database().prepare('DELETE FROM safety_plans').run()).toThrow(/append-only/);
    expect((await fixture.call('safetyPlans.get', { planId: plan.id })).version).toBe(1);
  });

  it('audits making, changing and opening a plan without its content', async () => {
    const sections = written(await fixture.call('safetyPlans.new', { studentId }));
    const plan = await fixture.call('safetyPlans.save', {
      studentId,
      caseId: null,
      planId: null,
      expectedVersion: 0,
      sections,
    });
    await fixture.call('safetyPlans.save', {
      studentId,
      caseId: null,
      planId: plan.id,
      expectedVersion: 1,
      sections: { ...sections, warningSigns: [] },
    });
    await fixture.call('safetyPlans.get', { planId: plan.id });
    const rows = database()
      .prepare("SELECT action, entity_id AS entityId FROM audit_events WHERE entity = 'safety-plan' ORDER BY rowid")
      .all();
    expect(rows).toEqual(
      ['safety-plans.create', 'safety-plans.update', 'safety-plans.open'].map((action) => ({
        action,
        entityId: plan.id,
      })),
    );
  });

  it("records the crisis case a version was made in, which must be the student's", async () => {
    const opening = {
      source: { kind: 'self-referral' as const },
      level: 'high',
      occurredOn: '2026-09-01',
      occurredTime: null,
    };
    const { caseId } = await fixture.call('crisis.open', { studentId, ...opening });
    const sections = written(await fixture.call('safetyPlans.new', { studentId }));
    const plan = await fixture.call('safetyPlans.save', {
      studentId,
      caseId: null,
      planId: null,
      expectedVersion: 0,
      sections,
    });
    const linked = await fixture.call('safetyPlans.save', {
      studentId,
      caseId,
      planId: plan.id,
      expectedVersion: 1,
      sections,
    });
    expect(linked).toMatchObject({ version: 2, caseId });
    expect((await fixture.call('safetyPlans.get', { planId: plan.id, version: 1 })).caseId).toBeNull();

    const otherId = (await fixture.call('students.create', newStudent({ name: '李四', studentNumber: '2023002' }))).id;
    const others = { studentId: otherId, caseId, planId: null, expectedVersion: 0, sections };
    expect((await fixture.fail('safetyPlans.save', others)).code).toBe('NOT_FOUND');
  });

  it('refuses entries beyond the limits, a plan of another student and unknown students or cases', async () => {
    const sections = await fixture.call('safetyPlans.new', { studentId });
    const save = (changes: Partial<SafetyPlanSections>, planId: string | null = null, expectedVersion = 0) =>
      fixture.fail('safetyPlans.save', {
        studentId,
        caseId: null,
        planId,
        expectedVersion,
        sections: { ...sections, ...changes },
      });
    for (const changes of [
      { warningSigns: Array(21).fill('一条') },
      { copingStrategies: ['很'.repeat(301)] },
      { reasonsForLiving: ['第一行\u0007'] },
      { environmentSafety: [''] },
      { peopleToAsk: [{ name: '妈妈', phone: 'call me' }] },
    ]) {
      expect((await save(changes)).code, JSON.stringify(changes).slice(0, 40)).toBe('VALIDATION_FAILED');
    }
    expect((await save({}, null, 1)).code).toBe('VALIDATION_FAILED');
    expect((await save({}, unknownId, 1)).code).toBe('NOT_FOUND');

    const plan = await fixture.call('safetyPlans.save', {
      studentId,
      caseId: null,
      planId: null,
      expectedVersion: 0,
      sections: { ...sections, copingStrategies: ['很'.repeat(300)] },
    });
    const otherId = (await fixture.call('students.create', newStudent({ name: '李四', studentNumber: '2023002' }))).id;
    const asOther = { studentId: otherId, caseId: null, planId: plan.id, expectedVersion: 1, sections };
    expect((await fixture.fail('safetyPlans.save', asOther)).code).toBe('NOT_FOUND');
    const withUnknownCase = { studentId, caseId: unknownId, planId: null, expectedVersion: 0, sections };
    expect((await fixture.fail('safetyPlans.save', withUnknownCase)).code).toBe('NOT_FOUND');
    expect((await fixture.fail('safetyPlans.forStudent', { studentId: unknownId })).code).toBe('NOT_FOUND');
    expect(await fixture.call('safetyPlans.forStudent', { studentId: otherId })).toEqual([]);
  });
});

function pick<T extends { updatedAt: string; updatedBy: unknown }>(plan: T) {
  return { updatedAt: plan.updatedAt, updatedBy: plan.updatedBy };
}
