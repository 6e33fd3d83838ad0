import type { ErrorCode } from '../../shared/contract/error-codes';

/**
 * A failure the user should hear about. The message is for developers and logs: it never
 * carries record content, secrets or key material.
 */
export class BackendError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: {
      retryAfterMs?: number;
      failedAttempts?: number;
      conflictId?: string;
      revision?: number;
      detail?: string;
    } = {},
  ) {
    super(message);
    this.name = 'BackendError';
  }
}

const storageErrnoCodes = new Set(['ENOSPC', 'EROFS', 'EACCES', 'EPERM', 'EIO', 'EDQUOT']);
const storageSqliteCodes = /^SQLITE_(FULL|IOERR|READONLY|CANTOPEN|PERM)/;

/** A disk that refuses a write (full, read-only, removed) is the user's to fix: say so. */
export function storageFailure(error: unknown): BackendError | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string') return null;
  if (storageErrnoCodes.has(code) || storageSqliteCodes.test(code)) {
    return new BackendError('STORAGE_FAILED', 'The disk refused to store the change.');
  }
  return null;
}
