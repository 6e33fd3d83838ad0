import type { LedgerRow } from '../../../shared/schemas/crisis-records';
import { fill, gradeClass, type LedgerTexts, levelLabel } from './ledger-texts';

/** The ledger's columns in the order of the paper form; each key names its header in `crisisLedger.columns`. */
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
] as const satisfies readonly (keyof LedgerTexts['ledger']['columns'])[];
export type LedgerColumn = (typeof ledgerColumns)[number];

function medicalVisit(row: LedgerRow, { ledger }: LedgerTexts): string {
  const visit = row.medicalVisit;
  if (visit) {
    const values = { reporter: ledger.reporters[visit.reportedBy], outcome: visit.outcome };
    return visit.visitedOn ? fill(ledger.visited, { ...values, date: visit.visitedOn }) : fill(ledger.reported, values);
  }
  return row.referredOn ? fill(ledger.awaitingOutcome, { date: row.referredOn }) : '';
}

function leave(row: LedgerRow, { ledger }: LedgerTexts): string {
  return row.leaves
    .map(({ since, returnedOn }) =>
      returnedOn ? fill(ledger.returned, { since, returned: returnedOn }) : fill(ledger.onLeave, { since }),
    )
    .join(ledger.separator);
}

/** One ledger line as the text of each cell; empty where nothing is recorded. */
export function ledgerCells(row: LedgerRow, index: number, texts: LedgerTexts): Record<LedgerColumn, string> {
  const { ledger, students } = texts;
  return {
    number: String(index + 1),
    name: row.student.name,
    studentNumber: row.student.studentNumber,
    gender: row.student.gender ? students.genders[row.student.gender] : '',
    gradeClass: gradeClass(row.student, texts),
    foundOn: row.foundOn,
    source: row.reporterRole ? ledger.reporterRoles[row.reporterRole] : ledger.sources[row.source],
    level: levelLabel(row.level, texts),
    stage: ledger.stages[row.stage],
    responsible: row.responsible,
    planMadeOn: row.planMadeOn ?? '',
    assessment: row.assessment ?? '',
    measures: row.measures ?? '',
    guardiansInformedOn: row.guardiansInformedOn ?? '',
    medicalVisit: medicalVisit(row, texts),
    leave: leave(row, texts),
    nextFollowUp: row.nextFollowUpDue ?? '',
    closedOn:
      row.closedOn && row.closureReason
        ? fill(ledger.closed, { date: row.closedOn, reason: ledger.closureReasons[row.closureReason] })
        : '',
  };
}
