import { randomBytes } from 'node:crypto';
import { formatRecoveryCode, normalizeRecoveryCode } from '../../../shared/domain/recovery-code';

/** A new recovery code: its 16 secret bytes and the grouped text shown once to the counselor. */
export function newRecoveryCode(): { bytes: Buffer; text: string } {
  const bytes = randomBytes(16);
  return { bytes, text: formatRecoveryCode(bytes.toString('hex')) };
}

/** The bytes of a typed recovery code, or null when the text cannot be one. */
export function recoveryCodeBytes(typed: string): Buffer | null {
  const digits = normalizeRecoveryCode(typed);
  return digits === null ? null : Buffer.from(digits, 'hex');
}
