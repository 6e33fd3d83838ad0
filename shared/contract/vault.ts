import { z } from 'zod';
import { Empty } from '../schemas/common';
import { ChangePassphraseInput, SetupInput, SetupOutput, UnlockInput, VaultStatus } from '../schemas/vault';
import type { ContractSection } from './section';

export const vaultContract = {
  'vault.status': { input: Empty, output: VaultStatus },
  'vault.setup': { input: SetupInput, output: SetupOutput },
  'vault.unlock': { input: UnlockInput, output: VaultStatus },
  'vault.lock': { input: Empty, output: VaultStatus },
  /** The renderer reports user activity so the backend's idle lock counts from it. */
  'vault.touch': { input: Empty, output: z.strictObject({ locked: z.boolean() }) },
  'vault.changePassphrase': { input: ChangePassphraseInput, output: Empty },
} satisfies ContractSection;
