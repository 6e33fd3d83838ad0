import type { Language } from '../../schemas/common';
import type { LedgerRow } from '../../schemas/crisis-records';

/**
 * A lookup of the app's translation files by key, filling `{{name}}` placeholders: i18next's
 * `t` in the renderer, the same JSON files read directly in the backend. The ledger's words
 * live only there; this file only decides which words go in which cell.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

/** The ledger's columns in the order of the paper form (心理危机学生台账); each names its header in `crisisLedger.columns`. */
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
export const wideLedgerColumns: ReadonlySet<LedgerColumn> = new Set([
  'assessment',
  'measures',
  'medicalVisit',
  'leave',
]);

/** A level's label in `language`, in the other when the policy has none in it. */
export function levelText(label: Partial<Record<Language, string>>, language: Language): string {
  return label[language] ?? label[language === 'en' ? 'zh-CN' : 'en'] ?? '';
}

function medicalVisit(say: Translate, row: LedgerRow): string {
  const visit = row.medicalVisit;
  if (visit) {
    const values = { reporter: say(`crisisLedger.reporters.${visit.reportedBy}`), outcome: visit.outcome };
    return visit.visitedOn
      ? say('crisisLedger.visited', { ...values, date: visit.visitedOn })
      : say('crisisLedger.reported', values);
  }
  return row.referredOn ? say('crisisLedger.awaitingOutcome', { date: row.referredOn }) : '';
}

function leave(say: Translate, row: LedgerRow): string {
  return row.leaves
    .map(({ since, returnedOn }) =>
      returnedOn
        ? say('crisisLedger.returned', { since, returned: returnedOn })
        : say('crisisLedger.onLeave', { since }),
    )
    .join(say('crisisLedger.separator'));
}

function gradeClass(say: Translate, { grade, classNumber }: LedgerRow['student']): string {
  if (classNumber === null) return say(`students.grades.${grade}`);
  return say('students.className', { grade: say(`students.gradesInClassName.${grade}`), number: classNumber });
}

/** One ledger line as the text of each cell, the same on screen, on paper and in the workbook; empty where nothing is recorded. */
export function ledgerCells(
  say: Translate,
  row: LedgerRow,
  index: number,
  language: Language,
): Record<LedgerColumn, string> {
  return {
    number: String(index + 1),
    name: row.student.name,
    studentNumber: row.student.studentNumber,
    gender: row.student.gender ? say(`students.genders.${row.student.gender}`) : '',
    gradeClass: gradeClass(say, row.student),
    foundOn: row.foundOn,
    source: row.reporterRole
      ? say(`crisisLedger.reporterRoles.${row.reporterRole}`)
      : say(`crisisLedger.sources.${row.source}`),
    level: levelText(row.level.label, language) || row.level.id,
    stage: say(`crisisLedger.stages.${row.stage}`),
    responsible: row.responsible,
    planMadeOn: row.planMadeOn ?? '',
    assessment: row.assessment ?? '',
    measures: row.measures ?? '',
    guardiansInformedOn: row.guardiansInformedOn ?? '',
    medicalVisit: medicalVisit(say, row),
    leave: leave(say, row),
    nextFollowUp: row.nextFollowUpDue ?? '',
    closedOn:
      row.closedOn && row.closureReason
        ? say('crisisLedger.closed', {
            date: row.closedOn,
            reason: say(`crisisLedger.closureReasons.${row.closureReason}`),
          })
        : '',
  };
}
