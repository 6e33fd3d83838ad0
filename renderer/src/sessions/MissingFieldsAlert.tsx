import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MissingReason } from './note-missing';

/** Everything still needed before signing, named at once rather than one refusal at a time. */
export function MissingFieldsAlert({ missing }: { missing: MissingReason[] }) {
  const { t } = useTranslation();
  if (missing.length === 0) return null;
  return (
    <Alert
      className="form-alert"
      type="warning"
      showIcon
      data-testid="missing-fields"
      title={t('notes.missing.title')}
      description={
        <ul className="missing-list">
          {missing.map((reason) => (
            <li key={reason}>{t(`notes.missing.${reason}`)}</li>
          ))}
        </ul>
      }
    />
  );
}
