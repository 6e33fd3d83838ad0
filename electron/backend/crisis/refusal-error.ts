import type { CaseRefusal } from '../../../shared/domain/crisis/case-state';
import { BackendError } from '../errors';

/** The machine's refusal as the contract's error: its code in `detail`, and the cause of a broken correction. */
export function refusalError(refusal: CaseRefusal): BackendError {
  const detail = refusal.cause ? `${refusal.refusal}:${refusal.cause}` : refusal.refusal;
  return new BackendError('CASE_MOVE_REFUSED', `The crisis case refuses this event: ${detail}.`, { detail });
}
