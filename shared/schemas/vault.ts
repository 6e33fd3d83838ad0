import { z } from 'zod';
import { Language, lineOfText } from './common';

export const minPassphraseLength = 10;
export const maxPassphraseLength = 1024;

export const Passphrase = z.string().min(minPassphraseLength).max(maxPassphraseLength);

/** What stops the vault from opening; each has its own explanation screen. */
export const VaultProblem = z.enum([
  'vault-missing',
  'vault-damaged',
  'vault-too-new',
  'database-missing',
  'database-damaged',
  'database-too-new',
]);
export type VaultProblem = z.infer<typeof VaultProblem>;

export const VaultState = z.enum(['setup-needed', 'locked', 'unlocked', 'problem']);
export type VaultState = z.infer<typeof VaultState>;

export const Profile = z.strictObject({
  id: z.uuid(),
  displayName: z.string(),
});
export type Profile = z.infer<typeof Profile>;

export const VaultStatus = z.strictObject({
  state: VaultState,
  problem: VaultProblem.nullable(),
  /** Language to show before unlock: the one last chosen, kept unencrypted in the vault file. */
  language: Language.nullable(),
  failedAttempts: z.number().int().nonnegative(),
  retryAfterMs: z.number().int().nonnegative(),
  /** The counselor whose slot unlocked the vault; null while locked. */
  profile: Profile.nullable(),
  autoLockMinutes: z.number().int().positive().nullable(),
  /** Folder of the database and vault file, so the problem screens can say where to look. */
  dataFolder: z.string(),
});
export type VaultStatus = z.infer<typeof VaultStatus>;

export const UnlockMethod = z.enum(['passphrase', 'recovery-code']);
export type UnlockMethod = z.infer<typeof UnlockMethod>;

export const SetupInput = z.strictObject({
  schoolName: lineOfText(100).min(1),
  counselorName: lineOfText(50).min(1),
  passphrase: Passphrase,
  language: Language,
});

export const SetupOutput = z.strictObject({
  /** Shown once; never stored anywhere but wrapped in the vault's recovery slot. */
  recoveryCode: z.string(),
  status: VaultStatus,
});

export const UnlockInput = z.strictObject({
  method: UnlockMethod,
  secret: z.string().min(1).max(maxPassphraseLength),
});

export const ChangePassphraseInput = z.strictObject({
  method: UnlockMethod,
  current: z.string().min(1).max(maxPassphraseLength),
  next: Passphrase,
});
