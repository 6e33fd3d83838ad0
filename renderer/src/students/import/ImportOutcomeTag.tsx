import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportOutcome } from '../../../../shared/schemas/student-import';

const outcomeColors: Record<ImportOutcome, string> = {
  new: 'green',
  unchanged: 'default',
  conflict: 'orange',
  invalid: 'red',
};

/** A row's outcome in words; the colour only repeats them. */
export function ImportOutcomeTag({ outcome }: { outcome: ImportOutcome }) {
  const { t } = useTranslation();
  return (
    <Tag color={outcomeColors[outcome]} className="status-tag">
      {t(`students.import.outcomes.${outcome}`)}
    </Tag>
  );
}
