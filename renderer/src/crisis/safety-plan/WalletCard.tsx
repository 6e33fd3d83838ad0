import { PhoneOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { PlanContact, SafetyPlanSections } from '../../../../shared/schemas/safety-plans';
import { walletCardContent } from './wallet-card';

const corners = ['top-left', 'top-right', 'bottom-left', 'bottom-right'] as const;

function ContactLines({ entries }: { entries: readonly PlanContact[] }) {
  return (
    <ul className="wallet-card__list">
      {entries.map((entry, index) => (
        <li key={index}>
          {entry.name}
          {entry.phone && (
            <span className="wallet-card__phone">
              <PhoneOutlined aria-hidden="true" /> {entry.phone}
            </span>
          )}
        </li>
      ))}
    </ul>
  );
}

function TextLines({ entries }: { entries: readonly string[] }) {
  return (
    <ul className="wallet-card__list">
      {entries.map((entry, index) => (
        <li key={index}>{entry}</li>
      ))}
    </ul>
  );
}

/**
 * The plan as a card folded once to bank-card size (85.6 × 54 mm per side): cut along the
 * corner marks, fold on the dashed line. No name on it: a lost card tells a finder nothing.
 */
export function WalletCard({ sections }: { sections: SafetyPlanSections }) {
  const { t } = useTranslation();
  const card = walletCardContent(sections);
  return (
    <div className="wallet-card-sheet" data-testid="wallet-card">
      <p className="wallet-card-sheet__how">{t('crisisForms.card.how')}</p>
      <div className="wallet-card">
        {corners.map((corner) => (
          <span key={corner} className={`wallet-card__mark wallet-card__mark--${corner}`} aria-hidden="true" />
        ))}
        <div className="wallet-card__panel">
          <h2 className="wallet-card__title">{t('crisisForms.card.title')}</h2>
          <h3>{t('crisisForms.card.signs')}</h3>
          <TextLines entries={card.warningSigns} />
          <h3>{t('crisisForms.card.coping')}</h3>
          <TextLines entries={card.copingStrategies} />
        </div>
        <div className="wallet-card__panel">
          <h3>{t('crisisForms.card.people')}</h3>
          <ContactLines entries={card.people} />
          <h3>{t('crisisForms.card.lines')}</h3>
          <ContactLines entries={card.lines} />
          <p className="wallet-card__emergency">{t('crisisForms.card.emergency')}</p>
        </div>
      </div>
    </div>
  );
}
