import { describe, expect, test } from 'vitest';
import { schoolTermOf } from '../../../renderer/src/home/school-term';

describe('schoolTermOf', () => {
  test.each([
    ['2025-09-01', 2025, 'first'],
    ['2025-12-31', 2025, 'first'],
    ['2026-01-31', 2025, 'first'],
    ['2026-02-01', 2025, 'second'],
    ['2026-06-15', 2025, 'second'],
    ['2026-08-31', 2025, 'second'],
  ] as const)('%s is in the %i school year, %s term', (day, startYear, term) => {
    const [year, month, date] = day.split('-').map(Number);
    expect(schoolTermOf(new Date(year!, month! - 1, date!))).toEqual({ startYear, term });
  });
});
