import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';
import type { Translate } from '../../../shared/domain/crisis/ledger-cells';
import type { Language } from '../../../shared/schemas/common';

const translations: Record<Language, unknown> = { 'zh-CN': zhCN, en };

/** Fills `{{name}}` placeholders as i18next does, without its escaping: a cell is not HTML. */
function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) =>
    name in values ? String(values[name]) : placeholder,
  );
}

/**
 * The translation files read by key, as the renderer's i18next reads them, so the workbook says
 * what the screen says. A key that is missing shows as itself, as i18next would show it.
 */
export function ledgerTranslate(language: Language): Translate {
  return (key, values = {}) => {
    const found = key
      .split('.')
      .reduce<unknown>(
        (node, part) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined),
        translations[language],
      );
    return typeof found === 'string' ? fill(found, values) : key;
  };
}
