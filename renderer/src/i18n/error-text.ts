import type { TFunction } from 'i18next';
import type { ClientError } from '../api/client-result';

/** The sentence shown for an error: every code has one in each language (a unit test checks). */
export function errorText(t: TFunction, error: ClientError): string {
  return t(`errors.${error.code}`, { attempts: error.failedAttempts ?? 0 });
}
