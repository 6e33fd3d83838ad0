import { type Clock, isoNow } from '../clock';
import type { Handlers } from '../router';
import type { VaultService } from '../vault/vault-service';
import { listHotlines } from './hotline-repository';
import { saveHotlines } from './hotline-service';

export function hotlinesHandlers(vault: VaultService, clock: Clock): Pick<Handlers, 'hotlines.list' | 'hotlines.save'> {
  return {
    'hotlines.list': () => listHotlines(vault.requireSession().connection, false),
    'hotlines.save': ({ hotlines }) => {
      const { connection, profileId } = vault.requireSession();
      return saveHotlines(connection, hotlines, { by: profileId, at: isoNow(clock) });
    },
  };
}
