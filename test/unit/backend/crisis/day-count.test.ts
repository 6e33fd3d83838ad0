import { describe, expect, it } from 'vitest';
import { daysBetween } from '../../../../electron/backend/crisis/day-count';

describe('daysBetween', () => {
  it.each([
    ['2026-09-01', '2026-09-01', 0],
    ['2026-09-01', '2026-09-15', 14],
    ['2026-09-15', '2026-09-01', -14],
    ['2026-02-28', '2026-03-01', 1],
    ['2028-02-28', '2028-03-01', 2],
    ['2026-03-28', '2026-03-30', 2],
    ['2025-12-31', '2026-01-01', 1],
  ])('counts from %s to %s as %i whole days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});
