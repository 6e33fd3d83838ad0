import { Tag } from 'antd';
import type { Language } from '../../../shared/schemas/common';
import type { LocalizedText } from '../../../shared/schemas/scale-definition';
import { concernTagColor } from './concern-colors';
import { textIn } from './localized-text';

/** A band or outcome by its label; the colour only repeats the concern level. */
export function BandTag({ band, language }: { band: { label: LocalizedText; concern: number }; language: Language }) {
  return (
    <Tag color={concernTagColor(band.concern)} className="status-tag band-tag">
      {textIn(band.label, language)}
    </Tag>
  );
}
