import type { AppError, ErrorCode } from '../../../shared/contract/error-codes';

/**
 * Errors the renderer's client raises itself, beside the backend's closed list: the backend
 * cannot report that it is unreachable, so the transport does.
 */
export const clientErrorCodes = ['BACKEND_UNAVAILABLE'] as const;

export type ClientErrorCode = ErrorCode | (typeof clientErrorCodes)[number];

export type ClientError = Omit<AppError, 'code'> & { code: ClientErrorCode };

export type ClientResult<T> = { ok: true; value: T } | { ok: false; error: ClientError };

export function backendUnavailable(): ClientResult<never> {
  return { ok: false, error: { code: 'BACKEND_UNAVAILABLE', message: 'The background process did not answer.' } };
}

/** The shape check a reply gets before the renderer trusts it; the backend validated the value. */
export function asResult(body: unknown): ClientResult<unknown> {
  if (typeof body === 'object' && body !== null && 'ok' in body) {
    if (body.ok === true && 'value' in body) return { ok: true, value: body.value };
    if (body.ok === false && 'error' in body && isError(body.error)) return { ok: false, error: body.error };
  }
  return { ok: false, error: { code: 'INTERNAL', message: 'The reply was not a result.' } };
}

function isError(error: unknown): error is ClientError {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string';
}
