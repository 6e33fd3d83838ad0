import type { ChecklistItem, CrisisPolicy, WarningLevel } from '../../../shared/schemas/crisis-policy';
import type { LocalizedText } from '../../../shared/schemas/scale-definition';

/** Text in both languages as a form holds it: two inputs, either may be empty. */
export interface TextPair {
  zh: string;
  en: string;
}

/** A checklist item as the level dialog holds it: an item added in the dialog has no id yet. */
export interface ItemRow extends TextPair {
  id?: string;
}

/** The pair as the policy stores it: a language left empty is left out. */
export function localizedFrom(pair: TextPair): LocalizedText {
  const zh = pair.zh.trim();
  const en = pair.en.trim();
  return { ...(zh ? { 'zh-CN': zh } : {}), ...(en ? { en } : {}) };
}

export function pairOf(text: LocalizedText): TextPair {
  return { zh: text['zh-CN'] ?? '', en: text.en ?? '' };
}

/** `prefix-N`, the first N none of `taken` has: people name levels and items but never see ids. */
export function freeKey(prefix: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  let next = 1;
  while (used.has(`${prefix}-${next}`)) next += 1;
  return `${prefix}-${next}`;
}

/**
 * The checklist to save. An item keeps its id, as recorded cases tick items by id; a new item
 * gets a free `item-N`. Rows with no text in either language are dropped.
 */
export function keyedChecklist(rows: readonly ItemRow[]): ChecklistItem[] {
  const taken = new Set(rows.flatMap((row) => (row.id ? [row.id] : [])));
  return rows
    .filter((row) => row.zh.trim() !== '' || row.en.trim() !== '')
    .map((row) => {
      const id = row.id ?? freeKey('item', taken);
      taken.add(id);
      return { id, label: localizedFrom(row) };
    });
}

/** Most urgent first, as the caseload and the ledger list them. */
export function byRank(levels: readonly WarningLevel[]): WarningLevel[] {
  return [...levels].sort((a, b) => b.rank - a.rank);
}

/** The policy with `level` in place of the level with its id, or added when it is new. */
export function withLevel(policy: CrisisPolicy, level: WarningLevel): CrisisPolicy {
  const known = policy.levels.some((current) => current.id === level.id);
  return {
    levels: known
      ? policy.levels.map((current) => (current.id === level.id ? level : current))
      : [...policy.levels, level],
  };
}

export function withoutLevel(policy: CrisisPolicy, levelId: string): CrisisPolicy {
  return { levels: policy.levels.filter((level) => level.id !== levelId) };
}

/** A rank no other level has, for a new level: the lowest free one, so the top level stays on top. */
export function freeRank(levels: readonly WarningLevel[]): number {
  const taken = new Set(levels.map((level) => level.rank));
  let rank = 0;
  while (taken.has(rank)) rank += 1;
  return rank;
}

/** The level a POLICY_IN_USE refusal names: one of the policy in force, which the edit would break. */
export function levelInUse(detail: string | undefined, policy: CrisisPolicy): WarningLevel | null {
  return policy.levels.find((level) => level.id === detail) ?? null;
}
