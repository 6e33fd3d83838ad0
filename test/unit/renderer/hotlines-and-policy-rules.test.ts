import { describe, expect, test } from 'vitest';
import {
  type CrisisPolicy,
  CrisisPolicy as PolicySchema,
  defaultCrisisPolicy,
} from '../../../shared/schemas/crisis-policy';
import { type Hotline, SaveHotlinesInput } from '../../../shared/schemas/hotlines';
import { hotlineTexts, isHotlinesShortcut } from '../../../renderer/src/crisis/hotlines/hotline-text';
import { asEntries, moved, placed } from '../../../renderer/src/settings/hotline-entries';
import {
  byRank,
  freeKey,
  freeRank,
  keyedChecklist,
  levelInUse,
  localizedFrom,
  pairOf,
  withLevel,
  withoutLevel,
} from '../../../renderer/src/settings/policy-edit';

const line = (id: string, nameZh: string, nameEn: string, sortOrder: number): Hotline => ({
  id,
  nameZh,
  nameEn,
  number: '88588818',
  hoursZh: nameZh ? '7×24小时' : '',
  hoursEn: '',
  noteZh: '',
  noteEn: 'Free',
  active: true,
  sortOrder,
});

const aid = line('13a6a94c-7be5-430f-a48c-40455ad4738d', '心理援助热线', 'Psychological aid hotline', 20);
const family = line('161851d1-7550-4329-9294-ee5696ab24c0', '阳光家庭热线', '', 10);

describe('a hotline as the panel shows it', () => {
  test('is in the UI language, or in the other one when the school wrote only that', () => {
    expect(hotlineTexts(aid, 'en')).toEqual({ name: 'Psychological aid hotline', hours: '7×24小时', note: 'Free' });
    expect(hotlineTexts(aid, 'zh-CN')).toEqual({ name: '心理援助热线', hours: '7×24小时', note: 'Free' });
    expect(hotlineTexts(family, 'en').name).toBe('阳光家庭热线');
  });

  test('opens with F1 alone', () => {
    const keys = { ctrlKey: false, metaKey: false, altKey: false };
    expect(isHotlinesShortcut({ key: 'F1', ...keys })).toBe(true);
    expect(isHotlinesShortcut({ key: 'F1', ...keys, ctrlKey: true })).toBe(false);
    expect(isHotlinesShortcut({ key: 'F2', ...keys })).toBe(false);
  });
});

describe('the hotline list as settings saves it', () => {
  test('leaves the stored order out, so the order shown is the order saved', () => {
    const entries = asEntries([family, aid]);
    expect(entries.map((entry) => entry.id)).toEqual([family.id, aid.id]);
    expect(entries[0]).not.toHaveProperty('sortOrder');
    expect(SaveHotlinesInput.safeParse({ hotlines: entries }).success).toBe(true);
  });

  test('moves a line one place, and not past either end', () => {
    expect(moved(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(moved(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(moved(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(moved(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });

  test('replaces the line edited, or adds a new one at the end', () => {
    expect(placed(['a', 'b'], 1, 'B')).toEqual(['a', 'B']);
    expect(placed(['a', 'b'], null, 'c')).toEqual(['a', 'b', 'c']);
  });
});

describe('editing the crisis policy', () => {
  const yellow = defaultCrisisPolicy.levels.find((level) => level.id === 'moderate')!;

  test('stores only the languages filled in', () => {
    expect(localizedFrom({ zh: ' 红色 ', en: '' })).toEqual({ 'zh-CN': '红色' });
    expect(localizedFrom({ zh: '', en: 'Red' })).toEqual({ en: 'Red' });
    expect(pairOf({ en: 'Red' })).toEqual({ zh: '', en: 'Red' });
  });

  test('keeps checklist ids, gives new items free ones and drops empty rows', () => {
    const items = keyedChecklist([
      { id: 'item-1', zh: '评估', en: '' },
      { zh: '新措施', en: 'New' },
      { zh: ' ', en: '' },
      { zh: '', en: 'Another' },
    ]);
    expect(items).toEqual([
      { id: 'item-1', label: { 'zh-CN': '评估' } },
      { id: 'item-2', label: { 'zh-CN': '新措施', en: 'New' } },
      { id: 'item-3', label: { en: 'Another' } },
    ]);
  });

  test('names a new level with a free id and gives it the lowest free rank, below the top', () => {
    expect(freeKey('level', ['level-1', 'level-3'])).toBe('level-2');
    expect(freeRank(defaultCrisisPolicy.levels)).toBe(0);
    expect(freeRank([{ ...yellow, rank: 0 }])).toBe(1);
  });

  test('replaces, adds and removes levels, and lists them most urgent first', () => {
    const edited = withLevel(defaultCrisisPolicy, { ...yellow, followUp: { firstWithinDays: 7, thenEveryDays: 14 } });
    expect(edited.levels.find((level) => level.id === 'moderate')!.followUp.firstWithinDays).toBe(7);
    expect(edited.levels).toHaveLength(4);
    const added: CrisisPolicy = withLevel(edited, { ...yellow, id: 'level-1', rank: 0 });
    expect(added.levels).toHaveLength(5);
    expect(PolicySchema.safeParse(added).success).toBe(true);
    expect(withoutLevel(added, 'level-1').levels.map((level) => level.id)).toEqual([
      'imminent',
      'high',
      'moderate',
      'low',
    ]);
    expect(byRank([...added.levels].reverse()).map((level) => level.rank)).toEqual([4, 3, 2, 1, 0]);
  });

  test('finds the level a POLICY_IN_USE refusal names', () => {
    expect(levelInUse('moderate', defaultCrisisPolicy)?.label.en).toBe('Yellow — moderate risk');
    expect(levelInUse('gone', defaultCrisisPolicy)).toBeNull();
    expect(levelInUse(undefined, defaultCrisisPolicy)).toBeNull();
  });
});
