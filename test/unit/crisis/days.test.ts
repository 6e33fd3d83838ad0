import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, laterDay } from '../../../shared/domain/crisis/days';

describe('calendar days', () => {
  it('cross month and year ends', () => {
    expect(addDays('2025-01-31', 1)).toBe('2025-02-01');
    expect(addDays('2025-04-30', 1)).toBe('2025-05-01');
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2025-03-01', -1)).toBe('2025-02-28');
    expect(addDays('2025-03-03', 0)).toBe('2025-03-03');
  });

  it('know leap years, centuries included', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2023-02-28', 1)).toBe('2023-03-01');
    expect(addDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addDays('2000-02-28', 1)).toBe('2000-02-29');
    expect(addDays('2024-02-01', 30)).toBe('2024-03-02');
    expect(addDays('2025-02-01', 30)).toBe('2025-03-03');
  });

  it('read years below 100 as they are', () => {
    expect(addDays('0099-12-31', 1)).toBe('0100-01-01');
  });

  it('do not depend on the time zone the code runs in', () => {
    const zone = process.env.TZ;
    try {
      for (const tz of ['Asia/Shanghai', 'America/Los_Angeles', 'Pacific/Kiritimati']) {
        process.env.TZ = tz;
        expect(addDays('2025-03-09', 1)).toBe('2025-03-10');
        expect(addDays('2025-11-02', 1)).toBe('2025-11-03');
      }
    } finally {
      process.env.TZ = zone;
    }
  });

  it('count forward and back consistently, and compare as text', () => {
    const day = fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true });
    fc.assert(
      fc.property(day, fc.integer({ min: -1000, max: 1000 }), (date, offset) => {
        const text = date.toISOString().slice(0, 10);
        const moved = addDays(text, offset);
        expect(addDays(moved, -offset)).toBe(text);
        expect(Date.parse(moved) - Date.parse(text)).toBe(offset * 86_400_000);
        expect(laterDay(text, moved)).toBe(offset >= 0 ? moved : text);
      }),
    );
  });
});
