import Database from 'better-sqlite3-multiple-ciphers';
import { BackendError } from '../errors';

export type Connection = Database.Database;

/**
 * The settings every connection gets, in this order (docs/vault-format.md). temp_store=MEMORY
 * matters most: without it a large sort spills plaintext into temporary files.
 */
export const connectionPragmas = [
  'temp_store = MEMORY',
  'journal_mode = WAL',
  'synchronous = FULL',
  'foreign_keys = ON',
  'trusted_schema = OFF',
  'secure_delete = ON',
] as const;

export interface OpenOptions {
  /** Path of the native module built for the host (Electron in development); default otherwise. */
  nativeBinding?: string;
  readonly?: boolean;
}

/**
 * The key as SQLCipher's raw-key literal `x'<64 hex digits>'`, built byte by byte in a Buffer so
 * the key never becomes a JavaScript string. The caller zeroes it.
 */
export function rawKeyLiteral(dataKey: Buffer): Buffer {
  const hexDigits = Buffer.from('0123456789abcdef', 'latin1');
  const literal = Buffer.alloc(dataKey.length * 2 + 3);
  literal[0] = 0x78; // x
  literal[1] = 0x27; // '
  for (let index = 0; index < dataKey.length; index += 1) {
    literal[2 + index * 2] = hexDigits[dataKey[index]! >> 4]!;
    literal[3 + index * 2] = hexDigits[dataKey[index]! & 0x0f]!;
  }
  literal[literal.length - 1] = 0x27;
  return literal;
}

/**
 * Opens (or creates) the SQLCipher 4 database with a raw 256-bit key and checks it whole. A key
 * that does not fit or a damaged page is DATABASE_DAMAGED: the key itself already came out of
 * an authenticated vault slot, so the file is what is wrong.
 */
export function openEncryptedDatabase(path: string, dataKey: Buffer, options: OpenOptions = {}): Connection {
  const connection = new Database(path, {
    readonly: options.readonly ?? false,
    fileMustExist: options.readonly ?? false,
    ...(options.nativeBinding ? { nativeBinding: options.nativeBinding } : {}),
  });
  const literal = rawKeyLiteral(dataKey);
  try {
    connection.pragma(`cipher = 'sqlcipher'`);
    connection.pragma('legacy = 4');
    connection.key(literal);
    literal.fill(0);
    connection.prepare('SELECT count(*) FROM sqlite_schema').get();
    for (const pragma of connectionPragmas) {
      if (options.readonly && pragma.startsWith('journal_mode')) continue;
      connection.pragma(pragma);
    }
    const problems = connection.pragma('quick_check', { simple: false }) as { quick_check: string }[];
    if (problems.length !== 1 || problems[0]?.quick_check !== 'ok') {
      throw new BackendError('DATABASE_DAMAGED', 'The database failed its integrity check.');
    }
    return connection;
  } catch (error) {
    literal.fill(0);
    connection.close();
    if (error instanceof BackendError) throw error;
    throw new BackendError('DATABASE_DAMAGED', 'The database cannot be decrypted or read.');
  }
}
