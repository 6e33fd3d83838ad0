import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ClientError } from '../api/client-result';
import { errorText } from '../i18n/error-text';

/** Why a district file was not taken: the backend's error, or a file too large to send at all. */
export type Refusal = ClientError | 'too-large';

/**
 * A refused key or pack: first that nothing changed, then why, with where it went wrong (a
 * scale id, a field) when the backend could say.
 */
export function RefusalAlert({ refusal, unchanged }: { refusal: Refusal; unchanged: string }) {
  const { t } = useTranslation();
  const reason = refusal === 'too-large' ? t('scales.file.tooLarge') : errorText(t, refusal);
  const detail = refusal === 'too-large' ? undefined : refusal.detail;
  return (
    <Alert
      type="error"
      showIcon
      className="form-alert"
      data-testid="district-file-refusal"
      title={unchanged}
      description={
        <>
          <p className="refusal__reason">{reason}</p>
          {detail && <p className="refusal__detail">{t('scales.file.detail', { detail })}</p>}
        </>
      }
    />
  );
}
