import type { ErrorCode } from '../../shared/contract/error-codes';

/**
 * A failure the user should hear about. The message is for developers and logs: it never
 * carries record content, secrets or key material.
 */
export class BackendError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details: { retryAfterMs?: number; failedAttempts?: number } = {},
  ) {
    super(message);
    this.name = 'BackendError';
  }
}
