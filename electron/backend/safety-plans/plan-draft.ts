import type { Language } from '../../../shared/schemas/common';
import type { Hotline } from '../../../shared/schemas/hotlines';
import type { PlanProfessional, SafetyPlanSections } from '../../../shared/schemas/safety-plans';

/** A hotline as a plan lists it, in the language the plan is made in (the other when that is empty). */
function hotlineAsProfessional(line: Hotline, language: Language): PlanProfessional {
  const [name, hours, note] =
    language === 'en'
      ? [line.nameEn || line.nameZh, line.hoursEn || line.hoursZh, line.noteEn || line.noteZh]
      : [line.nameZh || line.nameEn, line.hoursZh || line.hoursEn, line.noteZh || line.noteEn];
  return {
    name,
    phone: line.number,
    note: [hours, note].filter((part) => part !== '').join(language === 'en' ? '; ' : '；'),
  };
}

/**
 * The sections of a plan not yet written: empty, except the professionals to call, which start
 * as the school's active hotlines that have a number, so no plan leaves without them.
 */
export function newPlanSections(hotlines: readonly Hotline[], language: Language): SafetyPlanSections {
  return {
    warningSigns: [],
    copingStrategies: [],
    distractions: { people: [], places: [] },
    peopleToAsk: [],
    // A line without its number yet cannot be called from a plan the student takes home.
    professionals: hotlines.filter((line) => line.number !== '').map((line) => hotlineAsProfessional(line, language)),
    environmentSafety: [],
    reasonsForLiving: [],
  };
}
