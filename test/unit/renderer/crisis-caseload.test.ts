import i18next from 'i18next';
import { describe, expect, test } from 'vitest';
import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';
import type { CaseSummary } from '../../../shared/schemas/crisis-records';
import { byLevel, byNextDue, caseloadOrder } from '../../../renderer/src/crisis/cases/caseload-order';
import { daysBetween } from '../../../renderer/src/crisis/cases/day-count';
import { daysWithoutContact, dueStanding } from '../../../renderer/src/crisis/cases/follow-up-due';

type Row = Pick<CaseSummary, 'level' | 'nextFollowUp' | 'openedOn' | 'closedOn'> & { name: string };

const levels = {
  red: { id: 'imminent', rank: 4, colour: 'red', label: { 'zh-CN': '红色预警', en: 'Red' } },
  orange: { id: 'high', rank: 3, colour: 'orange', label: { 'zh-CN': '橙色预警', en: 'Orange' } },
  blue: { id: 'low', rank: 1, colour: 'blue', label: { 'zh-CN': '蓝色预警', en: 'Blue' } },
} as const;

function row(name: string, level: keyof typeof levels, due: string | null, extra: Partial<Row> = {}): Row {
  return {
    name,
    level: levels[level],
    nextFollowUp: due ? { due, status: 'upcoming' } : null,
    openedOn: '2025-03-01',
    closedOn: null,
    ...extra,
  };
}

const names = (rows: Row[]) => rows.map((entry) => entry.name);

describe('the caseload order', () => {
  test('the most urgent level first, then the earliest follow-up due, then the longest open', () => {
    const rows = [
      row('blue-soon', 'blue', '2025-03-02'),
      row('orange-late', 'orange', '2025-03-20'),
      row('red', 'red', '2025-03-05'),
      row('orange-early', 'orange', '2025-03-04'),
      row('orange-early-older', 'orange', '2025-03-04', { openedOn: '2025-02-01' }),
    ];
    expect(names(rows.sort(caseloadOrder))).toEqual([
      'red',
      'orange-early-older',
      'orange-early',
      'orange-late',
      'blue-soon',
    ]);
  });

  test('closed cases come after the open ones, the latest closed first', () => {
    const rows = [
      row('closed-early', 'red', null, { closedOn: '2025-01-10' }),
      row('open-blue', 'blue', '2025-04-01'),
      row('closed-late', 'blue', null, { closedOn: '2025-02-10' }),
    ];
    expect(names(rows.sort(caseloadOrder))).toEqual(['open-blue', 'closed-late', 'closed-early']);
  });

  test('a case with no follow-up date sorts after those with one', () => {
    expect(byNextDue(row('none', 'red', null), row('dated', 'red', '2030-01-01'))).toBeGreaterThan(0);
    expect(byNextDue(row('dated', 'red', '2030-01-01'), row('none', 'red', null))).toBeLessThan(0);
    expect(byLevel(row('blue', 'blue', null), row('red', 'red', null))).toBeGreaterThan(0);
  });
});

describe('follow-up standing in days', () => {
  test('overdue, today and upcoming count whole calendar days, across months and years', () => {
    expect(dueStanding('2025-02-27', '2025-03-02')).toEqual({ kind: 'overdue', days: 3 });
    expect(dueStanding('2025-03-02', '2025-03-02')).toEqual({ kind: 'today' });
    expect(dueStanding('2026-01-01', '2025-12-31')).toEqual({ kind: 'upcoming', days: 1 });
    // No daylight-saving day is shorter: the count is on the UTC calendar.
    expect(daysBetween('2025-03-01', '2025-04-01')).toBe(31);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
  });

  test('days without contact count from the last contact, or from the opening when there was none', () => {
    expect(
      daysWithoutContact(
        { lastContactOn: '2025-03-01', daysSinceLastContact: 4, openedOn: '2025-02-01' },
        '2025-03-05',
      ),
    ).toEqual({ days: 4, since: 'contact' });
    expect(
      daysWithoutContact({ lastContactOn: null, daysSinceLastContact: null, openedOn: '2025-02-25' }, '2025-03-05'),
    ).toEqual({ days: 8, since: 'opening' });
  });
});

describe('follow-up standing in words', () => {
  test('overdue and upcoming say how many days, in each language’s own way', async () => {
    const i18n = i18next.createInstance();
    await i18n.init({
      resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
      lng: 'zh-CN',
      fallbackLng: false,
      interpolation: { escapeValue: false },
    });
    const zh = i18n.getFixedT('zh-CN');
    const english = i18n.getFixedT('en');
    expect(zh('crisis.due.overdue', { count: 7 })).toBe('已逾期 7 天');
    expect(english('crisis.due.overdue', { count: 1 })).toBe('1 day overdue');
    expect(english('crisis.due.overdue', { count: 7 })).toBe('7 days overdue');
    expect(english('crisis.due.inDays', { count: 1 })).toBe('(in 1 day)');
    expect(zh('crisis.caseload.daysSinceContact', { count: 0 })).toBe('今天联系过');
    expect(english('crisis.caseload.noContactSinceOpening', { count: 3 })).toBe('No contact yet (opened 3 days ago)');
  });
});
