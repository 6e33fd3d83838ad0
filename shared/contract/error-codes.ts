import { z } from 'zod';

/**
 * The closed list of errors the backend may return. The renderer translates each code; the
 * message beside it is a developer-facing English sentence that never carries record content
 * or key material. Documented in docs/error-codes.md.
 */
export const errorCodes = [
  'VALIDATION_FAILED',
  'UNKNOWN_CHANNEL',
  'UNAUTHORIZED',
  'VAULT_NOT_SET_UP',
  'VAULT_ALREADY_SET_UP',
  'VAULT_LOCKED',
  'VAULT_MISSING',
  'VAULT_DAMAGED',
  'VAULT_TOO_NEW',
  'DATABASE_MISSING',
  'DATABASE_DAMAGED',
  'DATABASE_TOO_NEW',
  'WRONG_SECRET',
  'RATE_LIMITED',
  'STORAGE_FAILED',
  'NOT_FOUND',
  'DUPLICATE_STUDENT_NUMBER',
  'SCHOOL_YEAR_ALREADY_PROMOTED',
  'IMPORT_FILE_INVALID',
  'IMPORT_FILE_TOO_LARGE',
  'IMPORT_FORMAT_UNSUPPORTED',
  'DRAFT_CONFLICT',
  'NOTE_INCOMPLETE',
  'NOTE_ALREADY_FINALIZED',
  'NOTE_NOT_FINALIZED',
  'DISTRICT_KEY_INVALID',
  'DISTRICT_KEY_MISMATCH',
  'DISTRICT_KEY_MISSING',
  'PACK_MALFORMED',
  'PACK_UNKNOWN_KEY',
  'PACK_BAD_SIGNATURE',
  'PACK_INVALID_DEFINITION',
  'PACK_UNKNOWN_APPROVAL',
  'PACK_INVALID_OVERRIDE',
  'PACK_OUTDATED',
  'SCALE_NOT_APPROVED',
  'SELF_REPORT_ACTIVE',
  'SELF_REPORT_FINISHED',
  'SCREENING_FILE_INVALID',
  'SCREENING_ALREADY_IMPORTED',
  'SAFETY_PLAN_CONFLICT',
  'POLICY_IN_USE',
  'CASE_MOVE_REFUSED',
  'CASE_CONFLICT',
  'CASE_SOURCE_NOT_FOUND',
  'CASE_ALREADY_OPEN',
  'INTERNAL',
] as const;

export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppError = z.strictObject({
  code: ErrorCode,
  message: z.string().max(500),
  /** Milliseconds until another unlock attempt is accepted (RATE_LIMITED, WRONG_SECRET). */
  retryAfterMs: z.number().int().nonnegative().optional(),
  /** Failed unlock attempts so far, counted across restarts (WRONG_SECRET, RATE_LIMITED). */
  failedAttempts: z.number().int().nonnegative().optional(),
  /**
   * The record that stands in the way (DUPLICATE_STUDENT_NUMBER: the file with that number;
   * CASE_ALREADY_OPEN: the student's open case).
   */
  conflictId: z.uuid().optional(),
  /**
   * The draft's revision now on disk, 0 when it has none any more (DRAFT_CONFLICT); the safety
   * plan's latest version (SAFETY_PLAN_CONFLICT); the number of events the case has now
   * (CASE_CONFLICT).
   */
  revision: z.number().int().nonnegative().optional(),
  /**
   * Where a district file went wrong (PACK_*): a scale id or a field path; the warning level a
   * recorded case still needs (POLICY_IN_USE); the state machine's refusal code
   * (CASE_MOVE_REFUSED), as `correction-invalidates-history:<cause>` when a correction breaks
   * the history. Never content.
   */
  detail: z.string().max(200).optional(),
});
export type AppError = z.infer<typeof AppError>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };
