import { describe, expect, it } from 'vitest';
import { followUpStatus, nextFollowUpDue } from '../../../shared/domain/crisis/follow-up';
import type { CaseFact } from '../../../shared/schemas/crisis';
import { type CrisisPolicy, defaultCrisisPolicy } from '../../../shared/schemas/crisis-policy';
import { caseWith, facts, signedOffCase } from './case-fixtures';

const dueAt = (level: string, occurredOn: string, bodies: CaseFact[] = [], policy = defaultCrisisPolicy) =>
  nextFollowUpDue(caseWith(bodies, { level, occurredOn }, policy), policy);

describe('follow-up due dates', () => {
  it('red is daily: the day after the level is set, then the day after each follow-up', () => {
    expect(dueAt('imminent', '2025-03-03')).toBe('2025-03-04');
    expect(dueAt('imminent', '2025-03-03', [facts.guardiansNotified('2025-03-03'), facts.followUp('2025-03-04')])).toBe(
      '2025-03-05',
    );
  });

  it('orange is within 3 days, then weekly', () => {
    expect(dueAt('high', '2025-03-03')).toBe('2025-03-06');
    expect(dueAt('high', '2025-03-03', [facts.followUp('2025-03-05')])).toBe('2025-03-12');
    expect(dueAt('high', '2025-03-03', [facts.followUp('2025-03-05'), facts.followUp('2025-03-12')])).toBe(
      '2025-03-19',
    );
  });

  it('yellow is every 2 weeks', () => {
    expect(dueAt('moderate', '2025-03-03')).toBe('2025-03-17');
    expect(dueAt('moderate', '2025-03-03', [facts.followUp('2025-03-10')])).toBe('2025-03-24');
  });

  it('blue is every 30 days, whatever the month lengths, leap years included', () => {
    expect(dueAt('low', '2025-01-31')).toBe('2025-03-02');
    expect(dueAt('low', '2024-01-31')).toBe('2024-03-01');
    expect(dueAt('low', '2024-02-01', [facts.followUp('2024-02-29')])).toBe('2024-03-30');
    expect(dueAt('low', '2025-12-15')).toBe('2026-01-14');
  });

  it('restarts from a level change with the new level’s first interval', () => {
    const lowered = [facts.followUp('2025-03-04'), facts.levelChange('low', null, '2025-03-10')];
    expect(dueAt('imminent', '2025-03-03', [facts.guardiansNotified(), ...lowered])).toBe('2025-04-09');
    const raised = [facts.followUp('2025-03-04'), facts.levelChange('high', null, '2025-03-20')];
    expect(dueAt('low', '2025-03-03', raised)).toBe('2025-03-23');
  });

  it('counts a follow-up on the day of the level change, and not one before it', () => {
    const sameDay = [facts.levelChange('high', null, '2025-03-10'), facts.followUp('2025-03-10')];
    expect(dueAt('low', '2025-03-03', sameDay)).toBe('2025-03-17');
    const backdated = [facts.levelChange('high', null, '2025-03-10'), facts.followUp('2025-03-09')];
    expect(dueAt('low', '2025-03-03', backdated)).toBe('2025-03-13');
  });

  it('counts from the latest day the student was seen, whatever the order of recording', () => {
    const outOfOrder = [facts.followUp('2025-03-12'), facts.followUp('2025-03-05')];
    expect(dueAt('high', '2025-03-03', outOfOrder)).toBe('2025-03-19');
    expect(dueAt('high', '2025-03-03', [facts.riskAssessment('2025-03-04')])).toBe('2025-03-11');
  });

  it('does not count contacts with others as seeing the student', () => {
    const others = [facts.guardiansNotified('2025-03-04'), facts.classTeacherInformed('2025-03-04')];
    expect(dueAt('high', '2025-03-03', others)).toBe('2025-03-06');
    expect(caseWith(others, { level: 'high' }).lastContactOn).toBe('2025-03-04');
  });

  it('follows the school’s schedule, same-day first follow-ups included', () => {
    const policy: CrisisPolicy = {
      levels: defaultCrisisPolicy.levels.map((level) => ({
        ...level,
        followUp: { firstWithinDays: 0, thenEveryDays: 2 },
      })),
    };
    expect(dueAt('moderate', '2025-03-03', [], policy)).toBe('2025-03-03');
    expect(dueAt('moderate', '2025-03-03', [facts.followUp('2025-03-03')], policy)).toBe('2025-03-05');
  });

  it('stops when the case is closed', () => {
    expect(nextFollowUpDue(signedOffCase(), defaultCrisisPolicy)).toBe('2025-03-17');
    const closed = caseWith([facts.stageChange('supervision'), facts.review(true), facts.closure()], {
      stage: 'intervention',
    });
    expect(nextFollowUpDue(closed, defaultCrisisPolicy)).toBeNull();
  });

  it('is overdue before today, due today, or upcoming', () => {
    expect(followUpStatus('2025-03-02', '2025-03-03')).toBe('overdue');
    expect(followUpStatus('2025-03-03', '2025-03-03')).toBe('today');
    expect(followUpStatus('2025-03-04', '2025-03-03')).toBe('upcoming');
    expect(followUpStatus('2024-12-31', '2025-01-01')).toBe('overdue');
  });
});
