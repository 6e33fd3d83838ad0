import { describe, expect, it } from 'vitest';
import { caseNumberOf, formatCaseNumber, yearOfDate } from '../../../../electron/backend/sessions/case-number';

describe('case numbers', () => {
  it.each([
    [2026, 1, '2026-001'],
    [2026, 42, '2026-042'],
    [2025, 999, '2025-999'],
    [2026, 1000, '2026-1000'],
  ])('year %i, case %i is %s', (year, sequence, text) => {
    expect(formatCaseNumber(year, sequence)).toBe(text);
  });

  it('are there only once a note has both parts', () => {
    expect(caseNumberOf({ caseYear: 2026, caseSequence: 7 })).toBe('2026-007');
    expect(caseNumberOf({ caseYear: null, caseSequence: null })).toBeNull();
  });

  it('take the calendar year of the session day', () => {
    expect(yearOfDate('2025-12-31')).toBe(2025);
    expect(yearOfDate('2026-01-01')).toBe(2026);
  });
});
