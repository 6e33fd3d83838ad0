import { WarningOutlined } from '@ant-design/icons';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScaleResultTimelineEntry } from '../../../shared/schemas/session-lookups';
import { BandTag } from './BandTag';
import { asLanguage } from './localized-text';

/** A scale result in the timeline's one line: score, band and critical mark in words, and how it was given. */
export function ScaleResultEntryLine({ entry }: { entry: ScaleResultTimelineEntry }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="note-entry">
      {entry.value !== null && <span>{t('scales.score.points', { count: entry.value })}</span>}
      {entry.bandLabel && (
        <BandTag band={{ label: entry.bandLabel, concern: entry.concern }} language={asLanguage(i18n.language)} />
      )}
      {entry.critical && (
        <Tag color="red" icon={<WarningOutlined aria-hidden="true" />} className="status-tag">
          {t('scales.results.critical')}
        </Tag>
      )}
      <span>{t(`scales.result.modes.${entry.mode}`)}</span>
    </span>
  );
}
