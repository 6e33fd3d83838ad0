import { type Clock, isoNow } from '../clock';
import type { Handlers } from '../router';
import type { VaultService } from '../vault/vault-service';
import { classCheckMonth, openClassCheck, recordClassCheck, studentWatchHistory } from './report-service';

type ClassCheckChannel = Extract<keyof Handlers, `classChecks.${string}`>;

export function classChecksHandlers(vault: VaultService, clock: Clock): Pick<Handlers, ClassCheckChannel> {
  const session = () => {
    const { connection, profileId } = vault.requireSession();
    return { connection, act: { by: profileId, at: isoNow(clock) } };
  };
  return {
    'classChecks.record': (report) => {
      const { connection, act } = session();
      return recordClassCheck(connection, report, act);
    },
    'classChecks.month': ({ period }) => classCheckMonth(session().connection, period),
    'classChecks.get': ({ reportId }) => {
      const { connection, act } = session();
      return openClassCheck(connection, reportId, act);
    },
    'classChecks.forStudent': ({ studentId }) => studentWatchHistory(session().connection, studentId),
  };
}
