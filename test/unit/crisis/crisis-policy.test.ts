import { describe, expect, it } from 'vitest';
import { isTopLevel } from '../../../shared/domain/crisis/policy-levels';
import { CrisisPolicy, defaultCrisisPolicy, type WarningLevel } from '../../../shared/schemas/crisis-policy';

const level = (id: string, rank: number): WarningLevel => ({
  id,
  rank,
  colour: 'red',
  label: { 'zh-CN': id },
  description: { en: id },
  checklist: [],
  followUp: { firstWithinDays: 1, thenEveryDays: 1 },
});

describe('the crisis policy', () => {
  it('ships red, orange, yellow and blue for imminent, high, moderate and low, most urgent first', () => {
    expect(CrisisPolicy.safeParse(defaultCrisisPolicy).success).toBe(true);
    expect(defaultCrisisPolicy.levels.map((warning) => [warning.id, warning.colour, warning.rank])).toEqual([
      ['imminent', 'red', 4],
      ['high', 'orange', 3],
      ['moderate', 'yellow', 2],
      ['low', 'blue', 1],
    ]);
  });

  it('labels every level and checklist item in both languages, so colour is never alone', () => {
    for (const warning of defaultCrisisPolicy.levels) {
      for (const text of [warning.label, warning.description, ...warning.checklist.map((item) => item.label)]) {
        expect(text['zh-CN']).toBeTruthy();
        expect(text.en).toBeTruthy();
      }
    }
    expect(defaultCrisisPolicy.levels[0]?.label['zh-CN']).toBe('红色预警(极高风险)');
  });

  it('lists what each level typically triggers (docs/domain.md)', () => {
    const checklists = Object.fromEntries(
      defaultCrisisPolicy.levels.map((warning) => [warning.id, warning.checklist.map((item) => item.id)]),
    );
    expect(checklists).toEqual({
      imminent: [
        'never-alone',
        'guardian-collects',
        'escort-to-hospital',
        'case-review-meeting',
        'multi-party-meeting',
        'individual-plan',
      ],
      high: ['counselor-assessment', 'talk-with-parents', 'advise-medical-visit', 'regular-counseling'],
      moderate: ['counselor-assessment', 'talk-with-parents', 'advise-medical-visit', 'regular-counseling'],
      low: ['class-teacher-watch', 'class-monitor-observes', 'periodic-check-ins'],
    });
  });

  it('follows up daily, within 3 days then weekly, every 2 weeks, and every 30 days', () => {
    expect(defaultCrisisPolicy.levels.map((warning) => warning.followUp)).toEqual([
      { firstWithinDays: 1, thenEveryDays: 1 },
      { firstWithinDays: 3, thenEveryDays: 7 },
      { firstWithinDays: 14, thenEveryDays: 14 },
      { firstWithinDays: 30, thenEveryDays: 30 },
    ]);
  });

  it('needs at least one level, each id and each rank once', () => {
    expect(CrisisPolicy.safeParse({ levels: [] }).success).toBe(false);
    expect(CrisisPolicy.safeParse({ levels: [level('a', 2), level('a', 1)] }).success).toBe(false);
    expect(CrisisPolicy.safeParse({ levels: [level('a', 1), level('b', 1)] }).success).toBe(false);
    expect(CrisisPolicy.safeParse({ levels: [level('a', 2), level('b', 1)] }).success).toBe(true);
  });

  it('needs each checklist item id once within a level, and sane follow-up intervals', () => {
    const item = { id: 'watch', label: { en: 'Watch' } };
    expect(CrisisPolicy.safeParse({ levels: [{ ...level('a', 1), checklist: [item, item] }] }).success).toBe(false);
    const every = (thenEveryDays: number) => ({ ...level('a', 1), followUp: { firstWithinDays: 0, thenEveryDays } });
    expect(CrisisPolicy.safeParse({ levels: [every(1)] }).success).toBe(true);
    expect(CrisisPolicy.safeParse({ levels: [every(0)] }).success).toBe(false);
  });

  it('refuses a colour the UI has no token for, and an unlabelled level', () => {
    expect(CrisisPolicy.safeParse({ levels: [{ ...level('a', 1), colour: '#ff0000' }] }).success).toBe(false);
    expect(CrisisPolicy.safeParse({ levels: [{ ...level('a', 1), label: {} }] }).success).toBe(false);
  });

  it('finds the top level by rank, not by id or order', () => {
    const policy = { levels: [level('level-2', 5), level('level-1', 9), level('level-3', 1)] };
    expect(isTopLevel(policy, 'level-1')).toBe(true);
    expect(isTopLevel(policy, 'level-2')).toBe(false);
    expect(isTopLevel(policy, 'missing')).toBe(false);
    expect(isTopLevel(defaultCrisisPolicy, 'imminent')).toBe(true);
  });
});
