import { Table, type TableColumnsType } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ImportRowReport } from '../../../../shared/schemas/student-import';
import { fieldListText } from '../student-labels';
import { fieldsOfColumn } from './column-mapping';
import { importRowNotes } from './import-row-notes';
import { ImportOutcomeTag } from './ImportOutcomeTag';

/** A roster may have thousands of rows; the report shows them a page at a time. */
const rowsPerPage = 50;

/**
 * The per-row report: row number as in Excel, the outcome with what is wrong or how the row
 * compares, then the cleaned cells of each imported column (one column giving grade and class
 * shows once). Cells keep to one line and the notes wrap under the outcome, so at a desk-sized
 * window every column stays in view; a wider file scrolls sideways.
 */
export function ImportRowsTable({ rows, mapping }: { rows: ImportRowReport[]; mapping: ColumnMapping }) {
  const { t } = useTranslation();
  const mappedColumns = [...new Set(Object.values(mapping))].sort((a, b) => a - b);
  const columns: TableColumnsType<ImportRowReport> = [
    {
      key: 'row',
      dataIndex: 'rowNumber',
      title: t('students.import.preview.rowNumber'),
      className: 'import-rows__cell',
    },
    {
      key: 'outcome',
      title: t('students.import.preview.outcome'),
      className: 'import-rows__outcome',
      render: (_value, row) => (
        <>
          <ImportOutcomeTag outcome={row.outcome} />
          {row.outcome !== 'new' && <div className="import-rows__notes">{importRowNotes(t, row)}</div>}
        </>
      ),
    },
    ...mappedColumns.map((column) => {
      const fields = fieldsOfColumn(mapping, column);
      return {
        key: `column-${column}`,
        title: fieldListText(t, fields),
        className: 'import-rows__cell',
        render: (_value: unknown, row: ImportRowReport) => row.cells[fields[0]!] ?? '',
      };
    }),
  ];
  return (
    <Table<ImportRowReport>
      className="import-rows"
      size="small"
      rowKey="rowNumber"
      columns={columns}
      dataSource={rows}
      pagination={{ pageSize: rowsPerPage, hideOnSinglePage: true, showSizeChanger: false }}
      scroll={{ x: true }}
    />
  );
}
