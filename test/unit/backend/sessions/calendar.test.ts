import { describe, expect, it } from 'vitest';
import { endOfWeek, localDate } from '../../../../electron/backend/sessions/calendar';

describe('the counselor calendar', () => {
  it.each([
    ['2026-08-31', '2026-09-06'],
    ['2026-09-01', '2026-09-06'],
    ['2026-09-06', '2026-09-06'],
    ['2026-12-29', '2027-01-03'],
    ['2028-02-28', '2028-03-05'],
  ])('the week of %s ends on Sunday %s', (day, sunday) => {
    expect(endOfWeek(day)).toBe(sunday);
  });

  it("gives an instant's day in the computer's own time zone", () => {
    const noon = new Date(2026, 8, 1, 12, 0, 0).getTime();
    expect(localDate(noon)).toBe('2026-09-01');
    expect(localDate(new Date(2026, 0, 1, 0, 0, 0).getTime())).toBe('2026-01-01');
  });
});
