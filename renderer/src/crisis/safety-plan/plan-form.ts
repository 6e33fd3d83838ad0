import type { PlanContact, PlanProfessional, SafetyPlanSections } from '../../../../shared/schemas/safety-plans';

/** The seven Stanley–Brown steps, in the order the plan is made with the student and printed. */
export const planSteps = [
  'warningSigns',
  'copingStrategies',
  'distractions',
  'peopleToAsk',
  'professionals',
  'environmentSafety',
  'reasonsForLiving',
] as const;
export type PlanStep = (typeof planSteps)[number];

/**
 * What the editor holds: the plan's shape, but rows may be blank or half filled while the
 * counselor and the student write. Optional fields because antd leaves a new row's inputs
 * undefined until typed in.
 */
export interface PlanFormValues {
  warningSigns: (string | undefined)[];
  copingStrategies: (string | undefined)[];
  distractions: { people: (string | undefined)[]; places: (string | undefined)[] };
  peopleToAsk: Partial<PlanContact>[];
  professionals: Partial<PlanProfessional>[];
  environmentSafety: (string | undefined)[];
  reasonsForLiving: (string | undefined)[];
}

const lines = (rows: readonly (string | undefined)[]) =>
  rows.map((row) => (row ?? '').trim()).filter((row) => row !== '');

const contact = (row: Partial<PlanContact>): PlanContact => ({
  name: (row.name ?? '').trim(),
  phone: (row.phone ?? '').trim(),
});

/** A contact row left entirely blank is a place to write, not a contact. */
const filled = (row: { name: string; phone: string; note?: string }) =>
  row.name !== '' || row.phone !== '' || (row.note ?? '') !== '';

/** The plan as saved: text trimmed, blank rows dropped, the steps' own order kept. */
export function sectionsFromForm(values: PlanFormValues): SafetyPlanSections {
  return {
    warningSigns: lines(values.warningSigns),
    copingStrategies: lines(values.copingStrategies),
    distractions: { people: lines(values.distractions.people), places: lines(values.distractions.places) },
    peopleToAsk: values.peopleToAsk.map(contact).filter(filled),
    professionals: values.professionals
      .map((row) => ({ ...contact(row), note: (row.note ?? '').trim() }))
      .filter(filled),
    environmentSafety: lines(values.environmentSafety),
    reasonsForLiving: lines(values.reasonsForLiving),
  };
}

const withBlank = <T>(rows: readonly T[], blank: T): T[] => (rows.length > 0 ? [...rows] : [blank]);

/** The plan in the editor: every step shows at least one row to write in. */
export function formFromSections(sections: SafetyPlanSections): PlanFormValues {
  return {
    warningSigns: withBlank(sections.warningSigns, ''),
    copingStrategies: withBlank(sections.copingStrategies, ''),
    distractions: {
      people: withBlank(sections.distractions.people, ''),
      places: withBlank(sections.distractions.places, ''),
    },
    peopleToAsk: withBlank<Partial<PlanContact>>(sections.peopleToAsk, { name: '', phone: '' }),
    professionals: withBlank<Partial<PlanProfessional>>(sections.professionals, { name: '', phone: '', note: '' }),
    environmentSafety: withBlank(sections.environmentSafety, ''),
    reasonsForLiving: withBlank(sections.reasonsForLiving, ''),
  };
}
