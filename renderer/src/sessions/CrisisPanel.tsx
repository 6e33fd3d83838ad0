import { PhoneOutlined, SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { hotlines } from './hotlines';

/** Shown for an urgent risk: what to do now, in words and with an icon, not only a colour. */
export function CrisisPanel() {
  const { t } = useTranslation();
  return (
    <section className="crisis-panel" role="region" aria-labelledby="crisis-panel-title" data-testid="crisis-panel">
      <h3 id="crisis-panel-title" className="crisis-panel__title">
        <SafetyCertificateOutlined aria-hidden="true" /> {t('notes.crisis.title')}
      </h3>
      <p>{t('notes.crisis.text')}</p>
      <ul className="crisis-panel__hotlines">
        {hotlines.map((hotline) => (
          <li key={hotline.key}>
            <PhoneOutlined aria-hidden="true" /> <strong>{t(`notes.crisis.hotlines.${hotline.key}`)}</strong>
            {hotline.number ? <span className="crisis-panel__number">{hotline.number}</span> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
