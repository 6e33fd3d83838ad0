import type { Language } from '../../../shared/schemas/common';

type Texts = { 'zh-CN'?: string | undefined; en?: string | undefined };

const otherLanguage: Record<Language, Language> = { 'zh-CN': 'en', en: 'zh-CN' };

/**
 * A definition's text in the wanted language, or in the other one when it has none (ASQ has no
 * approved Chinese yet), with the language it is actually in so the screen can say so.
 */
export function localized(texts: Texts, language: Language): { text: string; language: Language } {
  const wanted = texts[language];
  if (wanted !== undefined) return { text: wanted, language };
  const other = otherLanguage[language];
  return { text: texts[other] ?? '', language: other };
}

/** Just the text, for places where a fallback needs no mark (the item language is chosen already). */
export function textIn(texts: Texts, language: Language): string {
  return localized(texts, language).text;
}

/** The UI language as the definitions key it. */
export function asLanguage(uiLanguage: string): Language {
  return uiLanguage === 'en' ? 'en' : 'zh-CN';
}
