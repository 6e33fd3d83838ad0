import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';
import type { Language } from '../../../shared/schemas/common';
import type { LevelTag } from '../../../shared/schemas/crisis-records';
import type { StudentSummary } from '../../../shared/schemas/students';

/**
 * The ledger's words in the counselor's language, from the app's translation files: user text
 * lives only there. The students' grade and class names are the roster's own.
 */
export interface LedgerTexts {
  ledger: typeof en.crisisLedger;
  students: Pick<typeof en.students, 'grades' | 'gradesInClassName' | 'className' | 'genders'>;
  language: Language;
}

const texts: Record<Language, Omit<LedgerTexts, 'language'>> = {
  'zh-CN': { ledger: zhCN.crisisLedger, students: zhCN.students },
  en: { ledger: en.crisisLedger, students: en.students },
};

export function ledgerTexts(language: Language): LedgerTexts {
  return { ...texts[language], language };
}

/** Fills `{{name}}` placeholders as i18next does, without its escaping: a cell is not HTML. */
export function fill(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (placeholder, name: string) => values[name] ?? placeholder);
}

export function levelLabel(level: LevelTag, texts: LedgerTexts): string {
  const other: Language = texts.language === 'en' ? 'zh-CN' : 'en';
  return level.label[texts.language] ?? level.label[other] ?? level.id;
}

export function gradeClass(student: StudentSummary, texts: LedgerTexts): string {
  const { students } = texts;
  if (student.classNumber === null) return students.grades[student.grade];
  return fill(students.className, {
    grade: students.gradesInClassName[student.grade],
    number: String(student.classNumber),
  });
}
