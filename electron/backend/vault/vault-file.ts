import { closeSync, fsyncSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { basename, dirname, join } from 'node:path';
import { z } from 'zod';
import { Language } from '../../../shared/schemas/common';
import { BackendError } from '../errors';

export const vaultFormat = 'xinqing-vault';
export const vaultFormatVersion = 1;
/** A vault file is a few kilobytes; anything far larger is not ours. */
const maxVaultFileBytes = 1024 * 1024;

const base64 = z.base64();

export const ScryptParameters = z.strictObject({
  name: z.literal('scrypt'),
  N: z
    .number()
    .int()
    .min(2 ** 14),
  r: z.number().int().min(1),
  p: z.number().int().min(1),
  salt: base64,
});

export const HkdfParameters = z.strictObject({
  name: z.literal('hkdf-sha256'),
  salt: base64,
  info: z.string(),
});

export const Slot = z.strictObject({
  id: z.uuid(),
  kind: z.enum(['passphrase', 'recovery-code']),
  profileId: z.uuid(),
  kdf: z.discriminatedUnion('name', [ScryptParameters, HkdfParameters]),
  cipher: z.literal('aes-256-gcm'),
  nonce: base64,
  ciphertext: base64,
  tag: base64,
  createdAt: z.iso.datetime(),
});
export type Slot = z.infer<typeof Slot>;

export const VaultFile = z.strictObject({
  format: z.literal(vaultFormat),
  version: z.literal(vaultFormatVersion),
  databaseId: z.uuid(),
  createdAt: z.iso.datetime(),
  slots: z.array(Slot).min(1),
  unlockAttempts: z.strictObject({
    failed: z.number().int().nonnegative(),
    lastFailedAt: z.iso.datetime().nullable(),
  }),
  preferences: z.strictObject({ language: Language }),
});
export type VaultFile = z.infer<typeof VaultFile>;

/** Reads and checks the vault file; a newer format and a damaged file are told apart. */
export function readVaultFile(path: string): VaultFile {
  let text: string;
  try {
    const bytes = readFileSync(path);
    if (bytes.length > maxVaultFileBytes) throw new Error('too large');
    text = bytes.toString('utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') {
      throw new BackendError('VAULT_MISSING', 'The vault file is missing.');
    }
    throw new BackendError('VAULT_DAMAGED', 'The vault file cannot be read.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new BackendError('VAULT_DAMAGED', 'The vault file is not valid JSON.');
  }
  const header = z.object({ format: z.literal(vaultFormat), version: z.number().int() }).safeParse(parsed);
  if (header.success && header.data.version > vaultFormatVersion) {
    throw new BackendError('VAULT_TOO_NEW', 'The vault file was written by a newer version.');
  }
  const vault = VaultFile.safeParse(parsed);
  if (!vault.success) throw new BackendError('VAULT_DAMAGED', 'The vault file does not match its format.');
  return vault.data;
}

/**
 * Replaces the vault file so that a crash at any moment leaves either the old or the new file
 * whole: write a temporary file beside it, flush it, rename over, flush the folder.
 */
export function writeVaultFile(path: string, vault: VaultFile): void {
  const folder = dirname(path);
  const temporary = join(folder, `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`);
  const descriptor = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(descriptor, `${JSON.stringify(VaultFile.parse(vault), null, 2)}\n`);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, path);
  syncFolder(folder);
}

function syncFolder(folder: string): void {
  // Windows cannot open a directory for fsync; its rename is already durable enough there.
  if (process.platform === 'win32') return;
  const descriptor = openSync(folder, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
