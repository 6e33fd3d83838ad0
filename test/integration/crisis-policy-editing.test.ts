import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type CrisisPolicy, defaultCrisisPolicy } from '../../shared/schemas/crisis-policy';
import { type Fixture, newFixture, setUpVault } from './support/backend-fixture';
import { newStudent } from './support/roster-files';

const levelIds = (policy: CrisisPolicy) => policy.levels.map((level) => level.id);
const without = (policy: CrisisPolicy, id: string): CrisisPolicy => ({
  levels: policy.levels.filter((level) => level.id !== id),
});

describe('the crisis policy', () => {
  let fixture: Fixture;
  let students = 0;
  beforeEach(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
  });
  afterEach(() => fixture.cleanup());

  const database = () => fixture.backend.vault.requireSession().connection;
  const versions = () => database().prepare('SELECT count(*) FROM crisis_policy_versions').pluck().get();

  /** A case, for a student of its own, opened at `level`. */
  async function openCase(level: string) {
    students += 1;
    const { id: studentId } = await fixture.call(
      'students.create',
      newStudent({ name: `学生${students}`, studentNumber: `2023${String(students).padStart(3, '0')}` }),
    );
    return fixture.call('crisis.open', {
      studentId,
      source: { kind: 'self-referral' },
      level,
      occurredOn: '2026-09-01',
      occurredTime: null,
    });
  }

  it('starts as the shipped default: imminent daily, high within 3 days then weekly, moderate fortnightly, low monthly', async () => {
    const policy = await fixture.call('crisisPolicy.get', {});
    expect(policy).toEqual(defaultCrisisPolicy);
    expect(
      policy.levels.map((level) => [level.id, level.followUp.firstWithinDays, level.followUp.thenEveryDays]),
    ).toEqual([
      ['imminent', 1, 1],
      ['high', 3, 7],
      ['moderate', 14, 14],
      ['low', 30, 30],
    ]);
  });

  it('saves an edit as the next version, audited, and an unchanged policy as nothing', async () => {
    const edited: CrisisPolicy = {
      levels: defaultCrisisPolicy.levels.map((level) =>
        level.id === 'low' ? { ...level, followUp: { firstWithinDays: 14, thenEveryDays: 21 } } : level,
      ),
    };
    expect(await fixture.call('crisisPolicy.save', edited)).toEqual(edited);
    expect(await fixture.call('crisisPolicy.get', {})).toEqual(edited);
    expect(await fixture.call('crisisPolicy.save', edited)).toEqual(edited);
    expect(versions()).toBe(2);
    expect(
      database().prepare("SELECT action, entity_id AS entityId FROM audit_events WHERE entity = 'crisis-policy'").all(),
    ).toEqual([{ action: 'crisis-policy.save', entityId: '2' }]);
    // A case opened now follows the edited schedule.
    const view = await openCase('low');
    expect(view.nextFollowUp?.due).toBe('2026-09-15');
  });

  it('refuses an invalid policy at the contract', async () => {
    const [first] = defaultCrisisPolicy.levels;
    const twice = { levels: [first!, { ...first!, rank: 9 }] };
    expect((await fixture.fail('crisisPolicy.save', twice)).code).toBe('VALIDATION_FAILED');
    expect((await fixture.fail('crisisPolicy.save', { levels: [] })).code).toBe('VALIDATION_FAILED');
    expect(versions()).toBe(1);
  });

  it('refuses removing a level a recorded case uses, and accepts removing one no case uses', async () => {
    await openCase('moderate');
    expect(await fixture.fail('crisisPolicy.save', without(defaultCrisisPolicy, 'moderate'))).toMatchObject({
      code: 'POLICY_IN_USE',
      detail: 'moderate',
    });
    expect(levelIds(await fixture.call('crisisPolicy.get', {}))).toContain('moderate');

    const saved = await fixture.call('crisisPolicy.save', without(defaultCrisisPolicy, 'low'));
    expect(levelIds(saved)).toEqual(['imminent', 'high', 'moderate']);
    expect(versions()).toBe(2);
  });

  it('refuses putting a new level above the top one a recorded raise relied on', async () => {
    const view = await openCase('high');
    const notified = await fixture.call('crisis.record', {
      caseId: view.caseId,
      expectedCount: 0,
      body: {
        type: 'guardians-notified',
        occurredOn: '2026-09-02',
        occurredTime: null,
        guardianName: '张母',
        relation: '母亲',
        method: 'phone',
        response: 'understood',
        responseNote: '',
      },
    });
    await fixture.call('crisis.record', {
      caseId: view.caseId,
      expectedCount: 1,
      body: {
        type: 'level-change',
        occurredOn: '2026-09-02',
        occurredTime: null,
        to: 'imminent',
        reason: '出现告别行为',
        guardians: { notifiedEventId: notified.events[0]!.id },
      },
    });
    const [imminent] = defaultCrisisPolicy.levels;
    const aboveTop: CrisisPolicy = {
      levels: [{ ...imminent!, id: 'critical', rank: 5, checklist: [] }, ...defaultCrisisPolicy.levels],
    };
    expect(await fixture.fail('crisisPolicy.save', aboveTop)).toMatchObject({
      code: 'POLICY_IN_USE',
      detail: 'imminent',
    });
    // Relabelling the levels leaves every case as it was.
    const relabelled: CrisisPolicy = {
      levels: defaultCrisisPolicy.levels.map((level) => ({ ...level, label: { 'zh-CN': `${level.rank}级` } })),
    };
    expect(await fixture.call('crisisPolicy.save', relabelled)).toEqual(relabelled);
    expect((await fixture.call('crisis.get', { caseId: view.caseId })).status.level.label).toEqual({
      'zh-CN': '4级',
    });
  });
});
