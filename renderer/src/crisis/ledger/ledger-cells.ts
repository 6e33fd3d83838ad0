import type { TFunction } from 'i18next';
import type { Language } from '../../../../shared/schemas/common';
import type { LedgerFilter, LedgerRow } from '../../../../shared/schemas/crisis-records';
import { classNameText } from '../../students/student-labels';

/**
 * The ledger's columns in the order of the paper form (心理危机学生台账), with the same headers and
 * wording as the exported workbook: both read `crisisLedger` in the translation files.
 */
export const ledgerColumns = [
  'number',
  'name',
  'studentNumber',
  'gender',
  'gradeClass',
  'foundOn',
  'source',
  'level',
  'stage',
  'responsible',
  'planMadeOn',
  'assessment',
  'measures',
  'guardiansInformedOn',
  'medicalVisit',
  'leave',
  'nextFollowUp',
  'closedOn',
] as const;
export type LedgerColumn = (typeof ledgerColumns)[number];

/** The columns of free text, which wrap; the others hold a day, a name or a label. */
export const wideColumns: ReadonlySet<LedgerColumn> = new Set(['assessment', 'measures', 'medicalVisit', 'leave']);

function medicalVisit(t: TFunction, row: LedgerRow): string {
  const visit = row.medicalVisit;
  if (visit) {
    const values = { reporter: t(`crisisLedger.reporters.${visit.reportedBy}`), outcome: visit.outcome };
    return visit.visitedOn
      ? t('crisisLedger.visited', { ...values, date: visit.visitedOn })
      : t('crisisLedger.reported', values);
  }
  return row.referredOn ? t('crisisLedger.awaitingOutcome', { date: row.referredOn }) : '';
}

function leave(t: TFunction, row: LedgerRow): string {
  return row.leaves
    .map(({ since, returnedOn }) =>
      returnedOn ? t('crisisLedger.returned', { since, returned: returnedOn }) : t('crisisLedger.onLeave', { since }),
    )
    .join(t('crisisLedger.separator'));
}

/** The level's label in the UI language, in the other when the policy has none in it. */
export function levelText(label: Partial<Record<Language, string>>, language: Language): string {
  return label[language] ?? label[language === 'en' ? 'zh-CN' : 'en'] ?? '';
}

/** One ledger line as the text of each cell; empty where nothing is recorded. */
export function ledgerCells(
  t: TFunction,
  row: LedgerRow,
  index: number,
  language: Language,
): Record<LedgerColumn, string> {
  return {
    number: String(index + 1),
    name: row.student.name,
    studentNumber: row.student.studentNumber,
    gender: row.student.gender ? t(`students.genders.${row.student.gender}`) : '',
    gradeClass: classNameText(t, row.student.grade, row.student.classNumber),
    foundOn: row.foundOn,
    source: row.reporterRole
      ? t(`crisisLedger.reporterRoles.${row.reporterRole}`)
      : t(`crisisLedger.sources.${row.source}`),
    level: levelText(row.level.label, language),
    stage: t(`crisisLedger.stages.${row.stage}`),
    responsible: row.responsible,
    planMadeOn: row.planMadeOn ?? '',
    assessment: row.assessment ?? '',
    measures: row.measures ?? '',
    guardiansInformedOn: row.guardiansInformedOn ?? '',
    medicalVisit: medicalVisit(t, row),
    leave: leave(t, row),
    nextFollowUp: row.nextFollowUpDue ?? '',
    closedOn:
      row.closedOn && row.closureReason
        ? t('crisisLedger.closed', {
            date: row.closedOn,
            reason: t(`crisisLedger.closureReasons.${row.closureReason}`),
          })
        : '',
  };
}

/**
 * The filter the ledger asks for: either day may be left open. An end before the start would
 * ask for nothing, so there is no filter until the days make sense.
 */
export function ledgerFilter(from: string, to: string, includeClosed: boolean): LedgerFilter | null {
  if (from && to && to < from) return null;
  return { includeClosed, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
