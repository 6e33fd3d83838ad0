import { type Clock, isoNow } from '../clock';
import type { Handlers } from '../router';
import type { VaultService } from '../vault/vault-service';
import { readSettings, updateSettings } from './settings-service';

export function settingsHandlers(
  vault: VaultService,
  clock: Clock,
): Pick<Handlers, 'settings.get' | 'settings.update'> {
  return {
    'settings.get': () => {
      const { connection, profileId } = vault.requireSession();
      return readSettings(connection, profileId);
    },
    'settings.update': (update) => {
      const { connection, profileId } = vault.requireSession();
      // The lock-screen copy of the language goes first: should that file write fail, nothing
      // was saved, rather than a saved change being reported as a failure.
      if (update.language) vault.rememberLanguage(update.language);
      return updateSettings(connection, { update, profileId, at: isoNow(clock) });
    },
  };
}
