import { type EffectiveEvent, effectiveEvents } from '../../../shared/domain/crisis/corrections';
import { nextFollowUpDue } from '../../../shared/domain/crisis/follow-up';
import type { CaseFact } from '../../../shared/schemas/crisis';
import type { LedgerFilter, LedgerRow } from '../../../shared/schemas/crisis-records';
import type { CrisisPolicy } from '../../../shared/schemas/crisis-policy';
import type { Connection } from '../database/open-database';
import { levelTag } from './case-derived';
import { type FoldedCase, foldStoredCases } from './case-folding';
import { loadCases } from './stored-cases';

type Fact<T extends CaseFact['type']> = Extract<CaseFact, { type: T }>;

/** The case's events of one type as corrections left them, by the day they happened (ties: recording order). */
function ofType<T extends CaseFact['type']>(events: readonly EffectiveEvent[], type: T): Fact<T>[] {
  return events
    .map((event) => event.body)
    .filter((body): body is Fact<T> => body.type === type)
    .sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
}

const first = <T>(list: readonly T[]): T | null => list[0] ?? null;
const last = <T>(list: readonly T[]): T | null => list.at(-1) ?? null;

/** 休学 and 复学 paired in the order they were recorded: the machine allows one leave at a time. */
function leaves(events: readonly EffectiveEvent[]): LedgerRow['leaves'] {
  const periods: LedgerRow['leaves'] = [];
  for (const { body } of events) {
    if (body.type === 'leave-of-absence') periods.push({ since: body.occurredOn, returnedOn: null });
    const current = periods.at(-1);
    if (body.type === 'return-to-school' && current) current.returnedOn = body.occurredOn;
  }
  return periods;
}

function ledgerRow({ stored, state }: FoldedCase, policy: CrisisPolicy): LedgerRow {
  const events = effectiveEvents(state.log);
  const { opening } = stored;
  const outcome = last(ofType(events, 'referral-outcome'));
  const measures = last(ofType(events, 'follow-up').filter((followUp) => followUp.measures !== ''))?.measures;
  return {
    caseId: opening.id,
    student: stored.student,
    foundOn: opening.occurredOn,
    source: opening.source.kind,
    reporterRole: opening.source.kind === 'gatekeeper' ? opening.source.reporterRole : null,
    level: levelTag(policy, state.level),
    stage: state.stage,
    responsible: opening.recordedBy.displayName,
    planMadeOn: first(ofType(events, 'safety-plan').filter((plan) => plan.action === 'made'))?.occurredOn ?? null,
    assessment: last(ofType(events, 'risk-assessment'))?.judgement ?? null,
    measures: measures ?? null,
    guardiansInformedOn: first(ofType(events, 'guardians-notified'))?.occurredOn ?? null,
    referredOn: first(ofType(events, 'referral'))?.occurredOn ?? null,
    medicalVisit: outcome && {
      visitedOn: outcome.visitedOn,
      reportedBy: outcome.reportedBy,
      outcome: outcome.outcome,
    },
    leaves: leaves(events),
    nextFollowUpDue: nextFollowUpDue(state, policy),
    closedOn: state.closure?.on ?? null,
    closureReason: state.closure?.reason ?? null,
  };
}

/** Open at some time from `from` to `to`: found by the end of the period, not closed before it began. */
function inPeriod(row: LedgerRow, filter: LedgerFilter): boolean {
  if (!filter.includeClosed && row.closedOn !== null) return false;
  if (filter.to !== undefined && row.foundOn > filter.to) return false;
  return filter.from === undefined || row.closedOn === null || row.closedOn >= filter.from;
}

/** The crisis ledger (心理危机学生台账), in the order the cases were found. */
export function ledgerRows(connection: Connection, filter: LedgerFilter, policy: CrisisPolicy): LedgerRow[] {
  return foldStoredCases(loadCases(connection, 'all'), policy)
    .map((folded) => ledgerRow(folded, policy))
    .filter((row) => inPeriod(row, filter))
    .sort((a, b) => a.foundOn.localeCompare(b.foundOn));
}
