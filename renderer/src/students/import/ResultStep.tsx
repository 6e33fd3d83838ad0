import { Button, Card, Result, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ImportOutcome, ImportResult } from '../../../../shared/schemas/student-import';
import { CardTitle } from '../../app/CardTitle';
import { ImportRowsTable } from './ImportRowsTable';

const outcomes: readonly ImportOutcome[] = ['new', 'unchanged', 'conflict', 'invalid'];

/** Step 3: how many were imported, and every row that was not, with the reason. */
export function ResultStep({
  result,
  mapping,
  onToRoster,
  onAnother,
}: {
  result: ImportResult;
  mapping: ColumnMapping;
  onToRoster: () => void;
  onAnother: () => void;
}) {
  const { t } = useTranslation();
  const notImported = result.rows.filter((row) => row.outcome !== 'new');
  return (
    <>
      <Result
        status="success"
        title={t('students.import.result.title')}
        subTitle={
          <span data-testid="import-result">{t('students.import.result.imported', { count: result.summary.new })}</span>
        }
        extra={[
          <Button key="roster" type="primary" onClick={onToRoster}>
            {t('students.import.result.toRoster')}
          </Button>,
          <Button key="another" onClick={onAnother}>
            {t('students.import.result.another')}
          </Button>,
        ]}
      >
        <ul className="import-counts" data-testid="import-counts">
          {outcomes.map((outcome) => (
            <li key={outcome}>{t(`students.import.outcomeCounts.${outcome}`, { count: result.summary[outcome] })}</li>
          ))}
        </ul>
      </Result>
      <Card title={<CardTitle>{t('students.import.result.notImportedTitle')}</CardTitle>} className="settings-card">
        {notImported.length === 0 ? (
          <Typography.Paragraph>{t('students.import.result.allImported')}</Typography.Paragraph>
        ) : (
          <ImportRowsTable rows={notImported} mapping={mapping} />
        )}
      </Card>
    </>
  );
}
