import type { Language } from '../../../../shared/schemas/common';
import type { Hotline } from '../../../../shared/schemas/hotlines';

type LineTexts = Pick<Hotline, 'nameZh' | 'nameEn' | 'hoursZh' | 'hoursEn' | 'noteZh' | 'noteEn'>;

/**
 * A line's name, hours and note in the UI language, or in the other one when the school wrote
 * only that: in a crisis a line shown in the other language beats a line not shown.
 */
export function hotlineTexts(line: LineTexts, language: Language): { name: string; hours: string; note: string } {
  const pick = (zh: string, en: string) => (language === 'en' ? en || zh : zh || en);
  return {
    name: pick(line.nameZh, line.nameEn),
    hours: pick(line.hoursZh, line.hoursEn),
    note: pick(line.noteZh, line.noteEn),
  };
}

/** F1, the key people already press for help; no browser or Electron menu claims it here. */
export function isHotlinesShortcut(event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): boolean {
  return event.key === 'F1' && !event.ctrlKey && !event.metaKey && !event.altKey;
}
