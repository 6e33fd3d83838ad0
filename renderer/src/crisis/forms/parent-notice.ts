import type { GuardianResponse } from '../../../../shared/schemas/crisis';
import type { Guardian } from '../../../../shared/schemas/students';

/** The school's advice on the letter (家长告知书), in the order the letter lists it. */
export const adviceKinds = ['specialist', 'supervision', 'counseling', 'other'] as const;
export type AdviceKind = (typeof adviceKinds)[number];

/** What the counselor writes into the letter; printed, and filed on paper once signed. */
export interface LetterValues {
  guardianName: string;
  relation: string;
  observed: string;
  advice: AdviceKind[];
  adviceOther: string;
  contactName: string;
  contactPhone: string;
}

/** The answers a letter can get back; `unreachable` belongs to a call, not a letter handed over. */
export const letterResponses = [
  'understood',
  'agree-medical-visit',
  'refused-to-sign',
  'other',
] as const satisfies readonly GuardianResponse[];

/** The letter starts addressed to the file's first guardian, from the counselor. */
export function blankLetter(guardians: readonly Guardian[], counselorName: string): LetterValues {
  const first = guardians[0];
  return {
    guardianName: first?.name ?? '',
    relation: first?.relation ?? '',
    observed: '',
    advice: ['specialist', 'supervision', 'counseling'],
    adviceOther: '',
    contactName: counselorName,
    contactPhone: '',
  };
}

export type AdviceLine = { kind: Exclude<AdviceKind, 'other'> } | { text: string };

/** The advice as the letter lists it: the kinds chosen, in the letter's order, `other` as written. */
export function adviceLines(values: Pick<LetterValues, 'advice' | 'adviceOther'>): AdviceLine[] {
  const other = values.adviceOther.trim();
  return adviceKinds
    .filter((kind) => values.advice.includes(kind))
    .flatMap((kind): AdviceLine[] => (kind !== 'other' ? [{ kind }] : other ? [{ text: other }] : []));
}
