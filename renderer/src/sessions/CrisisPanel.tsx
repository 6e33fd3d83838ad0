import { SafetyCertificateOutlined } from '@ant-design/icons';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { HotlineList } from '../crisis/hotlines/HotlineList';

/**
 * Shown for an urgent risk in a note or a critical scale item: what to do now, in words and with
 * an icon, not only a colour, then the hotlines. The note's steps unless others are given.
 */
export function CrisisPanel({ title, children }: { title?: string; children?: ReactNode }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="crisis-panel" role="region" aria-labelledby={titleId} data-testid="crisis-panel">
      <h3 id={titleId} className="crisis-panel__title">
        <SafetyCertificateOutlined aria-hidden="true" /> {title ?? t('notes.crisis.title')}
      </h3>
      {children ?? <p>{t('notes.crisis.text')}</p>}
      <HotlineList />
    </section>
  );
}
