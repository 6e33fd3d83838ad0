import { useTranslation } from 'react-i18next';
import type { CaseSummary } from '../../../../shared/schemas/crisis-records';
import { LevelTag } from './LevelTag';

/** How many open cases each level has, the most urgent first: the caseload at a glance. */
export function LevelSummary({ cases }: { cases: CaseSummary[] }) {
  const { t } = useTranslation();
  const counts = new Map<string, { level: CaseSummary['level']; count: number }>();
  for (const row of cases) {
    const entry = counts.get(row.level.id) ?? { level: row.level, count: 0 };
    counts.set(row.level.id, { ...entry, count: entry.count + 1 });
  }
  const levels = [...counts.values()].sort((first, second) => second.level.rank - first.level.rank);
  return (
    <ul className="level-summary" aria-label={t('crisis.caseload.byLevel')} data-testid="level-summary">
      {levels.map(({ level, count }) => (
        <li key={level.id}>
          <LevelTag level={level} /> {t('crisis.caseload.count', { count })}
        </li>
      ))}
    </ul>
  );
}
