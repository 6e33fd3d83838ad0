import { useTranslation } from 'react-i18next';
import { type PassphraseStrength, passphraseStrength } from '../../../shared/domain/passphrase-strength';
import { minPassphraseLength } from '../../../shared/schemas/vault';

const levels: readonly PassphraseStrength[] = ['too-short', 'weak', 'fair', 'strong'];

/** A live hint under a new passphrase: filled bars and words, so colour is never the only cue. */
export function PassphraseStrengthHint({ passphrase }: { passphrase: string }) {
  const { t } = useTranslation();
  if (passphrase === '') return null;
  const strength = passphraseStrength(passphrase);
  const filled = levels.indexOf(strength) + 1;
  return (
    <div className={`strength strength--${strength}`} data-testid="passphrase-strength" aria-live="polite">
      <div className="strength__bars" aria-hidden="true">
        {levels.map((level, index) => (
          <span key={level} className={index < filled ? 'strength__bar strength__bar--filled' : 'strength__bar'} />
        ))}
      </div>
      <span className="strength__text">
        {t('strength.label')}
        {t(`strength.${strength}`, { min: minPassphraseLength })}
      </span>
    </div>
  );
}
