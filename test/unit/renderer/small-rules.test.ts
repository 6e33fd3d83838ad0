import { describe, expect, test } from 'vitest';
import { ActivityClock, touchIntervalMs } from '../../../renderer/src/app/activity-clock';
import { isLockShortcut, lockShortcutLabel } from '../../../renderer/src/app/lock-shortcut';
import { languageFromSystem } from '../../../renderer/src/i18n/language';
import { groupMatches } from '../../../renderer/src/vault/recovery-groups';

describe('ActivityClock', () => {
  test('tells the backend about activity at most every 30 s', () => {
    const clock = new ActivityClock(0);
    expect(clock.recordActivity(1_000)).toBe(false);
    expect(clock.recordActivity(touchIntervalMs - 1)).toBe(false);
    expect(clock.recordActivity(touchIntervalMs)).toBe(true);
    expect(clock.recordActivity(touchIntervalMs + 5_000)).toBe(false);
    expect(clock.recordActivity(2 * touchIntervalMs)).toBe(true);
  });

  test('is idle once the minutes pass without activity', () => {
    const clock = new ActivityClock(0);
    expect(clock.isIdle(59_999, 1)).toBe(false);
    expect(clock.isIdle(60_000, 1)).toBe(true);
    clock.recordActivity(50_000);
    expect(clock.isIdle(60_000, 1)).toBe(false);
    expect(clock.isIdle(110_000, 1)).toBe(true);
  });
});

describe('the lock shortcut', () => {
  const key = (
    key: string,
    modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {},
  ) => ({
    key,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    shiftKey: false,
    ...modifiers,
  });

  test('is Ctrl+L or Cmd+L and nothing else', () => {
    expect(isLockShortcut(key('l', { ctrlKey: true }))).toBe(true);
    expect(isLockShortcut(key('L', { metaKey: true }))).toBe(true);
    expect(isLockShortcut(key('l'))).toBe(false);
    expect(isLockShortcut(key('l', { ctrlKey: true, shiftKey: true }))).toBe(false);
    expect(isLockShortcut(key('k', { ctrlKey: true }))).toBe(false);
  });

  test('is labelled for the platform', () => {
    expect(lockShortcutLabel('Mozilla/5.0 (Macintosh; Intel Mac OS X 14_0)')).toBe('⌘L');
    expect(lockShortcutLabel('Mozilla/5.0 (Windows NT 10.0; Win64; x64)')).toBe('Ctrl+L');
  });
});

describe('languageFromSystem', () => {
  test.each([
    [['zh-CN'], 'zh-CN'],
    [['zh-TW', 'en'], 'zh-CN'],
    [['zh'], 'zh-CN'],
    [['en-US', 'zh-CN'], 'en'],
    [['fr'], 'en'],
    [[], 'en'],
  ])('%j → %s', (languages, expected) => {
    expect(languageFromSystem(languages)).toBe(expected);
  });
});

describe('groupMatches', () => {
  const code = '3F9A-07C2-0000-1111-2222-3333-4444-ABCD';

  test('forgives case, spaces and O for zero', () => {
    expect(groupMatches(code, 0, '3f9a')).toBe(true);
    expect(groupMatches(code, 1, ' O7C2 ')).toBe(true);
    expect(groupMatches(code, 7, 'abcd')).toBe(true);
  });

  test('refuses another group or a partial one', () => {
    expect(groupMatches(code, 0, '07C2')).toBe(false);
    expect(groupMatches(code, 0, '3F9')).toBe(false);
    expect(groupMatches(code, 8, '')).toBe(false);
  });
});
