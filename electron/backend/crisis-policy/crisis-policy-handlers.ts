import { type Clock, isoNow } from '../clock';
import type { Handlers } from '../router';
import type { VaultService } from '../vault/vault-service';
import { readCrisisPolicy, saveCrisisPolicy } from './policy-service';

export function crisisPolicyHandlers(
  vault: VaultService,
  clock: Clock,
): Pick<Handlers, 'crisisPolicy.get' | 'crisisPolicy.save'> {
  return {
    'crisisPolicy.get': () => readCrisisPolicy(vault.requireSession().connection),
    'crisisPolicy.save': (policy) => {
      const { connection, profileId } = vault.requireSession();
      return saveCrisisPolicy(connection, policy, { by: profileId, at: isoNow(clock) });
    },
  };
}
