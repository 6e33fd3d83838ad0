import { useTranslation } from 'react-i18next';
import { recoveryGroups } from './recovery-groups';

/** The code large, in numbered groups, so "type group 3" is easy to follow on paper and screen. */
export function RecoveryCodeGroups({ code, printed = false }: { code: string; printed?: boolean }) {
  const { t } = useTranslation();
  return (
    <ol
      className="recovery-code"
      aria-label={t('recovery.codeLabel')}
      data-testid={printed ? 'printed-recovery-code' : 'recovery-code'}
    >
      {recoveryGroups(code).map((group, index) => (
        <li key={index} className="recovery-code__group">
          <span className="recovery-code__number">{t('recovery.groupNumber', { number: index + 1 })}</span>
          <span className="recovery-code__digits">{group}</span>
        </li>
      ))}
    </ol>
  );
}
