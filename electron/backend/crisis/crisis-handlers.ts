import { type Clock, isoNow } from '../clock';
import { readCrisisPolicy } from '../crisis-policy/policy-service';
import type { Handlers } from '../router';
import { localDate } from '../sessions/calendar';
import type { VaultService } from '../vault/vault-service';
import { auditCase } from './case-audit';
import { listCases } from './caseload-service';
import { followUpSchedule } from './follow-up-service';
import { ledgerRows } from './ledger-service';
import { ledgerWorkbook } from './ledger-workbook';
import { openCase } from './open-service';
import { readCase } from './read-service';
import { recordCaseEvent } from './record-service';
import { openReferrals } from './referral-list';

type CrisisChannel = Extract<keyof Handlers, `crisis.${string}`>;

export function crisisHandlers(vault: VaultService, clock: Clock): Pick<Handlers, CrisisChannel> {
  // Days are the counselor's calendar days, as the agenda has them; the policy is the one in force.
  const session = () => {
    const { connection, profileId } = vault.requireSession();
    const context = {
      act: { by: profileId, at: isoNow(clock) },
      policy: readCrisisPolicy(connection),
      today: localDate(clock.now()),
    };
    return { connection, context };
  };
  return {
    'crisis.open': (input) => {
      const { connection, context } = session();
      return openCase(connection, input, context);
    },
    'crisis.get': ({ caseId }) => {
      const { connection, context } = session();
      return readCase(connection, caseId, context);
    },
    'crisis.record': (input) => {
      const { connection, context } = session();
      return recordCaseEvent(connection, input, context);
    },
    'crisis.list': (filter) => {
      const { connection, context } = session();
      return listCases(connection, filter, context);
    },
    'crisis.followUps': () => {
      const { connection, context } = session();
      return followUpSchedule(connection, context);
    },
    'crisis.openReferrals': () => {
      const { connection, context } = session();
      return openReferrals(connection, context);
    },
    'crisis.ledger': (filter) => {
      const { connection, context } = session();
      return ledgerRows(connection, filter, context.policy);
    },
    'crisis.exportLedger': async ({ language, ...filter }) => {
      const { connection, context } = session();
      const file = await ledgerWorkbook(ledgerRows(connection, filter, context.policy), language, context.today);
      auditCase(connection, 'crisis.exportLedger', null, context.act);
      return file;
    },
  };
}
