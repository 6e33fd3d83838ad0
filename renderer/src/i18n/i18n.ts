import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from '../../../shared/schemas/common';
import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';

const resources = {
  'zh-CN': { translation: zhCN },
  en: { translation: en },
} as const;

/** Keeps the page's `lang` (for fonts and screen readers) and its title in the current language. */
function describePage(language: string): void {
  document.documentElement.lang = language;
  document.title = i18next.t('app.documentTitle');
}

export function startI18n(language: Language): void {
  i18next.on('languageChanged', describePage);
  void i18next.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: false,
    initAsync: false,
    interpolation: { escapeValue: false },
  });
  describePage(i18next.language);
}

export async function switchLanguage(language: Language): Promise<void> {
  if (i18next.language !== language) await i18next.changeLanguage(language);
}
