import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { ErrorCode } from '../../../shared/contract/error-codes';
import type { Language } from '../../../shared/schemas/common';
import type { UnlockMethod, VaultProblem, VaultStatus } from '../../../shared/schemas/vault';
import { appendAuditEvent } from '../audit/audit-repository';
import { type Clock, isoNow } from '../clock';
import type { DataPaths } from '../data-folder';
import { writeDatabaseIdentity } from '../database/identity-repository';
import { migrate } from '../database/migrate';
import { type Connection, openEncryptedDatabase } from '../database/open-database';
import { BackendError } from '../errors';
import { newId } from '../ids';
import { migrations } from '../migrations';
import { findProfile, insertProfile } from '../profiles/profile-repository';
import { writeInitialSettings } from '../settings/settings-service';
import {
  dataKeyBytes,
  defaultScrypt,
  deriveWrappingKey,
  newPassphraseKdf,
  newRecoveryKdf,
  slotAssociatedData,
  unwrapKey,
  wrapKey,
} from './key-wrapping';
import { newRecoveryCode, recoveryCodeBytes } from './recovery-code-secret';
import { retryAfterMs } from './unlock-throttle';
import {
  type Slot,
  type VaultFile,
  readVaultFile,
  vaultFormat,
  vaultFormatVersion,
  writeVaultFile,
} from './vault-file';

export interface Session {
  connection: Connection;
  profileId: string;
}

export interface VaultOptions {
  paths: DataPaths;
  clock: Clock;
  nativeBinding?: string;
  /** Lower scrypt cost for tests that create many vaults; production keeps the default. */
  scrypt?: { N: number; r: number; p: number };
}

const errorCodeOfProblem = {
  'vault-missing': 'VAULT_MISSING',
  'vault-damaged': 'VAULT_DAMAGED',
  'vault-too-new': 'VAULT_TOO_NEW',
  'database-missing': 'DATABASE_MISSING',
  'database-damaged': 'DATABASE_DAMAGED',
  'database-too-new': 'DATABASE_TOO_NEW',
} as const satisfies Record<VaultProblem, ErrorCode>;

const problemByCode = new Map<ErrorCode, VaultProblem>(
  Object.entries(errorCodeOfProblem).map(([problem, code]) => [code, problem as VaultProblem]),
);

/**
 * The key vault and the open database: setup, unlock, lock and passphrase change. The data key
 * lives only in Buffers that are zeroed as soon as SQLCipher holds it.
 */
export class VaultService {
  private session: Session | null = null;
  /** A problem found while opening (damaged or newer database); kept until the app restarts. */
  private openProblem: VaultProblem | null = null;
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly options: VaultOptions,
    private readonly readAutoLockMinutes: (session: Session) => number,
  ) {}

  status(): VaultStatus {
    const base = { dataFolder: this.options.paths.folder, profile: null, autoLockMinutes: null };
    const vaultExists = existsSync(this.options.paths.vault);
    const databaseExists = existsSync(this.options.paths.database);
    if (!vaultExists && !databaseExists) {
      return { ...base, state: 'setup-needed', problem: null, language: null, failedAttempts: 0, retryAfterMs: 0 };
    }
    let vault: VaultFile;
    try {
      vault = readVaultFile(this.options.paths.vault);
      if (!databaseExists) throw new BackendError('DATABASE_MISSING', 'The database file is missing.');
    } catch (error) {
      const problem =
        error instanceof BackendError ? (problemByCode.get(error.code) ?? 'vault-damaged') : 'vault-damaged';
      return { ...base, state: 'problem', problem, language: null, failedAttempts: 0, retryAfterMs: 0 };
    }
    const attempts = {
      language: vault.preferences.language,
      failedAttempts: vault.unlockAttempts.failed,
      retryAfterMs: retryAfterMs(
        vault.unlockAttempts.failed,
        vault.unlockAttempts.lastFailedAt,
        this.options.clock.now(),
      ),
    };
    if (this.openProblem) return { ...base, ...attempts, state: 'problem', problem: this.openProblem };
    if (!this.session) return { ...base, ...attempts, state: 'locked', problem: null };
    const profile = findProfile(this.session.connection, this.session.profileId) ?? null;
    return {
      ...base,
      ...attempts,
      state: 'unlocked',
      problem: null,
      profile,
      autoLockMinutes: this.readAutoLockMinutes(this.session),
    };
  }

  /** The idle minutes after which the open vault locks itself; null while locked. */
  autoLockMinutes(): number | null {
    return this.session ? this.readAutoLockMinutes(this.session) : null;
  }

  isUnlocked(): boolean {
    return this.session !== null;
  }

  requireSession(): Session {
    if (!this.session) throw new BackendError('VAULT_LOCKED', 'The vault is locked.');
    return this.session;
  }

  setup(input: { schoolName: string; counselorName: string; passphrase: string; language: Language }) {
    return this.serialized(async () => {
      if (this.status().state !== 'setup-needed') {
        throw new BackendError('VAULT_ALREADY_SET_UP', 'A vault already exists in this folder.');
      }
      const { paths, clock } = this.options;
      mkdirSync(paths.folder, { recursive: true, mode: 0o700 });
      const at = isoNow(clock);
      const databaseId = newId(clock.now());
      const profileId = newId(clock.now());
      const dataKey = randomBytes(dataKeyBytes);
      const recovery = newRecoveryCode();
      const passphrase = Buffer.from(input.passphrase.normalize('NFC'), 'utf8');
      try {
        // The database is built under a temporary name and moved into place only after the
        // vault that holds its key is on disk, so a crash never leaves a database without a key.
        const pending = `${paths.database}.setup`;
        rmSync(pending, { force: true });
        const connection = openEncryptedDatabase(pending, dataKey, this.nativeOptions());
        try {
          migrate(connection, migrations);
          connection.transaction(() => {
            writeDatabaseIdentity(connection, databaseId, at);
            insertProfile(connection, { id: profileId, displayName: input.counselorName, at, createdBy: null });
            writeInitialSettings(connection, {
              schoolName: input.schoolName,
              language: input.language,
              at,
              by: profileId,
            });
            appendAuditEvent(connection, {
              actorId: profileId,
              action: 'vault.setup',
              entity: 'vault',
              entityId: databaseId,
              at,
            });
          })();
        } finally {
          connection.close();
        }
        const slots = [
          await this.makeSlot('passphrase', profileId, databaseId, dataKey, passphrase),
          await this.makeSlot('recovery-code', profileId, databaseId, dataKey, recovery.bytes),
        ];
        writeVaultFile(paths.vault, {
          format: vaultFormat,
          version: vaultFormatVersion,
          databaseId,
          createdAt: at,
          slots,
          unlockAttempts: { failed: 0, lastFailedAt: null },
          preferences: { language: input.language },
        });
        renameSync(pending, paths.database);
        this.openSession(dataKey, profileId);
      } finally {
        dataKey.fill(0);
        passphrase.fill(0);
        recovery.bytes.fill(0);
      }
      return { recoveryCode: recovery.text, status: this.status() };
    });
  }

  unlock(input: { method: UnlockMethod; secret: string }) {
    return this.serialized(async () => {
      const before = this.status();
      if (before.state === 'unlocked') return before;
      this.throwUnlessLocked(before);
      const { dataKey, slot } = await this.unwrapWithSecret(input.method, input.secret, null);
      try {
        this.openSession(dataKey, slot.profileId);
      } finally {
        dataKey.fill(0);
      }
      const session = this.requireSession();
      appendAuditEvent(session.connection, {
        actorId: session.profileId,
        action: input.method === 'passphrase' ? 'vault.unlock' : 'vault.unlock-with-recovery-code',
        entity: 'vault',
        entityId: null,
        at: isoNow(this.options.clock),
      });
      return this.status();
    });
  }

  lock(): VaultStatus {
    if (this.session) {
      this.session.connection.close();
      this.session = null;
    }
    return this.status();
  }

  changePassphrase(input: { method: UnlockMethod; current: string; next: string }) {
    return this.serialized(async () => {
      const session = this.requireSession();
      const { dataKey } = await this.unwrapWithSecret(input.method, input.current, session.profileId);
      const next = Buffer.from(input.next.normalize('NFC'), 'utf8');
      try {
        const vault = readVaultFile(this.options.paths.vault);
        const replacement = await this.makeSlot('passphrase', session.profileId, vault.databaseId, dataKey, next);
        const slots = vault.slots.filter(
          (slot) => !(slot.kind === 'passphrase' && slot.profileId === session.profileId),
        );
        writeVaultFile(this.options.paths.vault, { ...vault, slots: [...slots, replacement] });
      } finally {
        dataKey.fill(0);
        next.fill(0);
      }
      appendAuditEvent(session.connection, {
        actorId: session.profileId,
        action: 'vault.change-passphrase',
        entity: 'vault',
        entityId: null,
        at: isoNow(this.options.clock),
      });
    });
  }

  /**
   * Checks the open profile's passphrase exactly as unlocking does (same slot, same KDF, same
   * counted and throttled failures), so guessing it elsewhere is no faster than at the lock screen.
   */
  checkPassphrase(passphrase: string): Promise<void> {
    return this.serialized(async () => {
      const session = this.requireSession();
      const { dataKey } = await this.unwrapWithSecret('passphrase', passphrase, session.profileId);
      dataKey.fill(0);
    });
  }

  /** Remembers the interface language outside the encrypted file so the lock screen can use it. */
  rememberLanguage(language: Language): void {
    const vault = readVaultFile(this.options.paths.vault);
    if (vault.preferences.language === language) return;
    writeVaultFile(this.options.paths.vault, { ...vault, preferences: { language } });
  }

  private throwUnlessLocked(status: VaultStatus): void {
    if (status.state === 'setup-needed') throw new BackendError('VAULT_NOT_SET_UP', 'No vault has been set up yet.');
    if (status.problem) {
      throw new BackendError(errorCodeOfProblem[status.problem], 'The vault cannot be opened.');
    }
  }

  /**
   * Tries every slot of the method's kind (of one profile, when given). A wrong secret is
   * counted in the vault file, so the growing wait between attempts survives a restart.
   */
  private async unwrapWithSecret(method: UnlockMethod, secret: string, profileId: string | null) {
    const { paths, clock } = this.options;
    const vault = readVaultFile(paths.vault);
    const waitMs = retryAfterMs(vault.unlockAttempts.failed, vault.unlockAttempts.lastFailedAt, clock.now());
    if (waitMs > 0) {
      throw new BackendError('RATE_LIMITED', 'Too many failed attempts; wait before trying again.', {
        retryAfterMs: waitMs,
        failedAttempts: vault.unlockAttempts.failed,
      });
    }
    const secretBytes =
      method === 'passphrase' ? Buffer.from(secret.normalize('NFC'), 'utf8') : recoveryCodeBytes(secret);
    const slots = vault.slots.filter(
      (slot) => slot.kind === method && (profileId === null || slot.profileId === profileId),
    );
    try {
      if (secretBytes) {
        for (const slot of slots) {
          const wrappingKey = await deriveWrappingKey(slot.kdf, secretBytes);
          const dataKey = unwrapKey(slot, wrappingKey, slotAssociatedData(slot.id, vault.databaseId));
          wrappingKey.fill(0);
          if (dataKey) {
            if (vault.unlockAttempts.failed > 0) {
              writeVaultFile(paths.vault, {
                ...readVaultFile(paths.vault),
                unlockAttempts: { failed: 0, lastFailedAt: null },
              });
            }
            return { dataKey, slot };
          }
        }
      }
    } finally {
      secretBytes?.fill(0);
    }
    const failed = vault.unlockAttempts.failed + 1;
    const lastFailedAt = isoNow(clock);
    writeVaultFile(paths.vault, { ...readVaultFile(paths.vault), unlockAttempts: { failed, lastFailedAt } });
    throw new BackendError('WRONG_SECRET', 'The passphrase or recovery code is not right.', {
      failedAttempts: failed,
      retryAfterMs: retryAfterMs(failed, lastFailedAt, clock.now()),
    });
  }

  private openSession(dataKey: Buffer, profileId: string): void {
    let connection: Connection | null = null;
    try {
      connection = openEncryptedDatabase(this.options.paths.database, dataKey, this.nativeOptions());
      migrate(connection, migrations);
      if (!findProfile(connection, profileId)) {
        throw new BackendError('DATABASE_DAMAGED', 'The profile of this vault slot is not in the database.');
      }
      this.session = { connection, profileId };
    } catch (error) {
      connection?.close();
      const problem = error instanceof BackendError ? problemByCode.get(error.code) : undefined;
      if (problem) this.openProblem = problem;
      throw error;
    }
  }

  private async makeSlot(
    kind: Slot['kind'],
    profileId: string,
    databaseId: string,
    dataKey: Buffer,
    secret: Buffer,
  ): Promise<Slot> {
    const kdf = kind === 'passphrase' ? newPassphraseKdf(this.options.scrypt ?? defaultScrypt) : newRecoveryKdf();
    const id = newId(this.options.clock.now());
    const wrappingKey = await deriveWrappingKey(kdf, secret);
    try {
      const wrapped = wrapKey(dataKey, wrappingKey, slotAssociatedData(id, databaseId));
      return { id, kind, profileId, kdf, cipher: 'aes-256-gcm', ...wrapped, createdAt: isoNow(this.options.clock) };
    } finally {
      wrappingKey.fill(0);
    }
  }

  private nativeOptions() {
    return this.options.nativeBinding ? { nativeBinding: this.options.nativeBinding } : {};
  }

  /** Vault operations run one at a time: two unlocks racing must not both count or both open. */
  private serialized<T>(operation: () => Promise<T>): Promise<T> {
    const run = this.queue.then(operation, operation);
    this.queue = run.catch(() => undefined);
    return run;
  }
}
