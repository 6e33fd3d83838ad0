import type { Language } from '../../../shared/schemas/common';
import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';

export interface ItemLanguageChoice {
  /** Languages with an approved translation, the UI language first. */
  offered: Language[];
  /** What the form starts in: the UI language when it may be used. */
  initial: Language;
  /** The UI language has no approved translation: the screen says so rather than fall back silently. */
  uiLanguageMissing: boolean;
}

const appLanguages: Language[] = ['zh-CN', 'en'];

/** Which languages a scale's items may be shown in: only approved translations reach a student. */
export function itemLanguageChoice(definition: ScaleDefinition, uiLanguage: Language): ItemLanguageChoice {
  const approved = appLanguages.filter((language) => definition.translations[language].status === 'approved');
  const offered = [...approved].sort((a, b) => Number(b === uiLanguage) - Number(a === uiLanguage));
  return {
    offered,
    initial: offered[0] ?? uiLanguage,
    uiLanguageMissing: !approved.includes(uiLanguage),
  };
}
