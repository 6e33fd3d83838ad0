import { useTranslation } from 'react-i18next';
import type { ScreeningOverview } from '../../../../shared/schemas/scales';
import { asLanguage, textIn } from '../localized-text';
import { barSegments, type DistributionRow } from './band-distribution';

/** Muted fills by concern level, none to most; the table beside the bar carries the numbers. */
const fills = ['#9fcfb0', '#f2d27a', '#eeaa62', '#e07b62', '#b8434a'];
const unbandedFill = '#c9d4d9';

export function bandFill(concern: number | null): string {
  if (concern === null) return unbandedFill;
  return fills[Math.min(Math.max(concern, 0), fills.length - 1)]!;
}

/**
 * A class's results as one stacked bar. It only repeats the counts in its row, so it is hidden
 * from screen readers; each part still names its band and count on hover.
 */
export function BandBar({ row, bands }: { row: DistributionRow; bands: ScreeningOverview['bands'] }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const label = (id: string | null) => {
    const band = bands.find((candidate) => candidate.id === id);
    return band ? textIn(band.label, language) : t('screening.overview.unbanded');
  };
  return (
    <div className="band-bar" aria-hidden="true">
      {barSegments(row, bands).map((segment) => (
        <div
          key={segment.id ?? 'unbanded'}
          className="band-bar__part"
          style={{ width: `${segment.percent}%`, background: bandFill(segment.concern) }}
          title={t('screening.overview.barPart', { band: label(segment.id), count: segment.count })}
        />
      ))}
    </div>
  );
}
