import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScaleDefinition } from '../../../../shared/schemas/scale-definition';
import type { ScreeningRow } from '../../../../shared/schemas/scales';
import { BandTag } from '../BandTag';
import { asLanguage } from '../localized-text';
import { CriticalMark } from './CriticalMark';
import { criticalState, headline, problemText } from './screening-rows';
import { StudentClass } from './StudentClass';

const pageSize = 50;

/** Rows that will be imported: who, the score, the band and any critical mark. */
export function ScreeningResultRows({
  rows,
  definition,
  testId,
}: {
  rows: ScreeningRow[];
  definition: ScaleDefinition;
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const columns: TableColumnsType<ScreeningRow> = [
    { key: 'line', title: t('screening.rows.line'), dataIndex: 'line', width: 80 },
    { key: 'number', title: t('screening.rows.studentNumber'), dataIndex: 'studentNumber', width: 130 },
    { key: 'name', title: t('screening.rows.name'), render: (_value, row) => row.student?.name },
    {
      key: 'class',
      title: t('screening.rows.class'),
      render: (_value, row) => row.student && <StudentClass student={row.student} />,
    },
    {
      key: 'score',
      title: t('screening.rows.score'),
      width: 90,
      render: (_value, row) => (row.scoring ? (headline(definition, row.scoring).value ?? '—') : '—'),
    },
    {
      key: 'band',
      title: t('screening.rows.band'),
      render: (_value, row) => {
        const band = row.scoring && headline(definition, row.scoring).band;
        return band && <BandTag band={band} language={language} />;
      },
    },
    {
      key: 'critical',
      title: t('screening.rows.critical'),
      render: (_value, row) => <CriticalMark state={criticalState(row.scoring)} />,
    },
  ];
  return (
    <Table<ScreeningRow>
      className="screening-rows"
      data-testid={testId}
      size="small"
      rowKey="line"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > pageSize ? { pageSize, showSizeChanger: false } : false}
    />
  );
}

/** Rows that cannot be imported, each with its line in the file and the reason in words. */
export function ScreeningProblemRows({ rows, definition }: { rows: ScreeningRow[]; definition: ScaleDefinition }) {
  const { t } = useTranslation();
  const columns: TableColumnsType<ScreeningRow> = [
    { key: 'line', title: t('screening.rows.line'), dataIndex: 'line', width: 80 },
    { key: 'number', title: t('screening.rows.studentNumber'), dataIndex: 'studentNumber', width: 130 },
    { key: 'name', title: t('screening.rows.name'), width: 120, render: (_value, row) => row.student?.name },
    { key: 'reason', title: t('screening.rows.reason'), render: (_value, row) => problemText(t, row, definition) },
  ];
  return (
    <Table<ScreeningRow>
      className="screening-rows"
      data-testid="screening-problem-rows"
      size="small"
      rowKey="line"
      columns={columns}
      dataSource={rows}
      pagination={rows.length > pageSize ? { pageSize, showSizeChanger: false } : false}
    />
  );
}
