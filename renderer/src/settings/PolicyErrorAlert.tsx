import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CrisisPolicy } from '../../../shared/schemas/crisis-policy';
import type { ClientError } from '../api/client-result';
import { errorText } from '../i18n/error-text';
import { asLanguage, textIn } from '../scales/localized-text';
import { levelInUse } from './policy-edit';

/** A refused policy save; for POLICY_IN_USE, also which level the recorded cases still need. */
export function PolicyErrorAlert({ error, policy }: { error: ClientError; policy: CrisisPolicy }) {
  const { t, i18n } = useTranslation();
  const level = error.code === 'POLICY_IN_USE' ? levelInUse(error.detail, policy) : null;
  return (
    <Alert
      className="form-alert"
      type="error"
      showIcon
      title={errorText(t, error)}
      description={
        level ? t('crisisPolicy.inUse', { level: textIn(level.label, asLanguage(i18n.language)) }) : undefined
      }
      data-testid="policy-error"
    />
  );
}
