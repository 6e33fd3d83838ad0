import { WarningOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';

/** A critical rule raised, or not ruled out: in words with an icon, never a colour alone. */
export function CriticalMark({ state }: { state: 'raised' | 'unanswered' | null }) {
  const { t } = useTranslation();
  if (!state) return null;
  return (
    <span className={`screening-critical screening-critical--${state}`}>
      <WarningOutlined aria-hidden="true" /> {t(`screening.critical.${state}`)}
    </span>
  );
}
