import { Select, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type ColumnMapping,
  type ImportColumn,
  type ImportField,
  importFields,
} from '../../../../shared/schemas/student-import';
import { fieldsOfColumn, withColumnFields } from './column-mapping';

/** Each column of the file with its header and first values, and the fields it is imported as. */
export function ColumnMappingTable({
  columns,
  mapping,
  disabled,
  onChange,
}: {
  columns: ImportColumn[];
  mapping: ColumnMapping;
  disabled: boolean;
  onChange: (mapping: ColumnMapping) => void;
}) {
  const { t } = useTranslation();
  const fieldOptions = importFields.map((field) => ({ value: field, label: t(`students.fields.${field}`) }));
  const tableColumns: TableColumnsType<ImportColumn> = [
    {
      key: 'column',
      title: t('students.import.preview.column'),
      width: 100,
      render: (_value, column) => t('students.import.preview.columnNumber', { number: column.index + 1 }),
    },
    { key: 'header', dataIndex: 'header', title: t('students.import.preview.header'), width: 160, ellipsis: true },
    {
      key: 'samples',
      title: t('students.import.preview.samples'),
      ellipsis: true,
      render: (_value, column) => (
        <Typography.Text type="secondary">{column.samples.join(t('students.listSeparator'))}</Typography.Text>
      ),
    },
    {
      key: 'fields',
      title: t('students.import.preview.fields'),
      width: 360,
      render: (_value, column) => (
        <Select<ImportField[]>
          mode="multiple"
          className="full-width"
          aria-label={t('students.import.preview.fieldsLabel', { number: column.index + 1, header: column.header })}
          data-testid={`mapping-${column.index}`}
          value={fieldsOfColumn(mapping, column.index)}
          placeholder={t('students.import.preview.notImported')}
          options={fieldOptions}
          disabled={disabled}
          onChange={(fields) => onChange(withColumnFields(mapping, column.index, fields))}
        />
      ),
    },
  ];
  return (
    <Table<ImportColumn>
      className="column-mapping"
      size="small"
      rowKey="index"
      columns={tableColumns}
      dataSource={columns}
      pagination={false}
    />
  );
}
