import { ClockCircleOutlined, PhoneOutlined } from '@ant-design/icons';
import { Alert, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n/error-text';
import { asLanguage } from '../../scales/localized-text';
import { hotlineTexts } from './hotline-text';
import { useHotlines } from './use-hotlines';
import './hotlines.css';

/**
 * The active hotlines, the one list every crisis screen shows: the header's panel, a note's
 * urgent-risk panel and the critical scale alert. Numbers are large and select with one click.
 */
export function HotlineList() {
  const { t, i18n } = useTranslation();
  const { lines, error } = useHotlines();
  if (error) return <Alert type="error" showIcon title={errorText(t, error)} />;
  if (!lines) return <Spin size="small" />;
  const active = lines.filter((line) => line.active);
  if (active.length === 0) return <p className="hotline-list__empty">{t('hotlines.none')}</p>;
  const language = asLanguage(i18n.language);
  return (
    <ul className="hotline-list" data-testid="hotline-list">
      {active.map((line) => {
        const { name, hours, note } = hotlineTexts(line, language);
        return (
          <li key={line.id} className="hotline">
            <span className="hotline__name">
              <PhoneOutlined aria-hidden="true" /> {name}
            </span>
            {line.number === '' ? (
              <span className="hotline__missing">{t('hotlines.numberMissing')}</span>
            ) : (
              <span className="hotline__number">{line.number}</span>
            )}
            {hours && (
              <span className="hotline__hours">
                <ClockCircleOutlined aria-hidden="true" />{' '}
                <span className="visually-hidden">{t('hotlines.hours')}</span>
                {hours}
              </span>
            )}
            {note && <span className="hotline__note">{note}</span>}
          </li>
        );
      })}
    </ul>
  );
}
