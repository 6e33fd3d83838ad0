import type { TFunction } from 'i18next';
import { CaseRefusalCode } from '../../../../shared/schemas/crisis';
import type { ClientError } from '../../api/client-result';
import { errorText } from '../../i18n/error-text';

/** A refusal code in words; `correction-invalidates-history:<cause>` says the cause too. */
export function refusalText(t: TFunction, detail: string): string {
  const [code, cause] = detail.split(':');
  const refusal = CaseRefusalCode.safeParse(code);
  if (!refusal.success) return t('errors.CASE_MOVE_REFUSED');
  const text = t(`crisis.refusals.${refusal.data}`);
  const because = CaseRefusalCode.safeParse(cause);
  return because.success
    ? t('crisis.refusals.withCause', { refusal: text, cause: t(`crisis.refusals.${because.data}`) })
    : text;
}

/**
 * A failed record in words: a refused move says which rule refused it; a conflict says the case
 * was reloaded, since the page reloads it at once.
 */
export function caseErrorText(t: TFunction, error: ClientError): string {
  if (error.code === 'CASE_MOVE_REFUSED' && error.detail) return refusalText(t, error.detail);
  return error.code === 'CASE_CONFLICT' ? t('crisis.conflict') : errorText(t, error);
}
