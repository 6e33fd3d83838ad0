import type { TFunction } from 'i18next';
import type { FormRule } from 'antd';
import { type Hotline, type HotlineEntry, HotlineNumber, hotlineTextLimits } from '../../../shared/schemas/hotlines';

/** The list as `hotlines.save` takes it: each line without its stored order, in the order shown. */
export function asEntries(lines: readonly Hotline[]): HotlineEntry[] {
  return lines.map(({ sortOrder: _sortOrder, ...entry }) => entry);
}

/** The list with the item at `index` moved one place up (-1) or down (1); unchanged at an end. */
export function moved<T>(items: readonly T[], index: number, offset: -1 | 1): T[] {
  const target = index + offset;
  if (index < 0 || index >= items.length || target < 0 || target >= items.length) return [...items];
  const next = [...items];
  [next[index], next[target]] = [next[target]!, next[index]!];
  return next;
}

/** The list with the item at `index` replaced, or with `item` added at the end when `index` is null. */
export function placed<T>(items: readonly T[], index: number | null, item: T): T[] {
  return index === null ? [...items, item] : items.map((current, at) => (at === index ? item : current));
}

/** The number's rules, the backend's own schema deciding the format, with messages in the UI language. */
export function numberRules(t: TFunction): FormRule[] {
  return [
    { max: hotlineTextLimits.number, message: t('hotlines.form.tooLong', { max: hotlineTextLimits.number }) },
    {
      validator: (_rule, value: string | undefined) =>
        !value?.trim() || HotlineNumber.safeParse(value).success
          ? Promise.resolve()
          : Promise.reject(new Error(t('hotlines.form.numberInvalid'))),
    },
  ];
}
