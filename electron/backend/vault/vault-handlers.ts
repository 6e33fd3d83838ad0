import type { Handlers } from '../router';
import type { VaultService } from './vault-service';

type VaultHandlers = Pick<
  Handlers,
  'vault.status' | 'vault.setup' | 'vault.unlock' | 'vault.lock' | 'vault.touch' | 'vault.changePassphrase'
>;

export function vaultHandlers(vault: VaultService): VaultHandlers {
  return {
    'vault.status': () => vault.status(),
    'vault.setup': (input) => vault.setup(input),
    'vault.unlock': (input) => vault.unlock(input),
    'vault.lock': () => vault.lock(),
    'vault.touch': () => ({ locked: !vault.isUnlocked() }),
    'vault.changePassphrase': async (input) => {
      await vault.changePassphrase(input);
      return {};
    },
  };
}
