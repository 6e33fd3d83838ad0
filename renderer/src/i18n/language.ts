import type { Language } from '../../../shared/schemas/common';

/** The interface language before the school has chosen one: Chinese for any zh system language. */
export function languageFromSystem(systemLanguages: readonly string[]): Language {
  const first = systemLanguages[0] ?? '';
  return first.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';
}
