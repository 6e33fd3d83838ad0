import { Select, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScaleDefinition } from '../../../../shared/schemas/scale-definition';
import { asLanguage, textIn } from '../localized-text';
import type { DraftMapping } from './draft-mapping';

interface Target {
  key: string;
  /** `null` is the student number; otherwise the item's id. */
  itemId: string | null;
  name: string;
  text: string;
}

/**
 * Which column of the file holds the student number and which holds each item's answer. The
 * suggestion comes from the headers; every change is previewed again at once.
 */
export function ScreeningMappingTable({
  definition,
  headers,
  mapping,
  disabled,
  onChange,
}: {
  definition: ScaleDefinition;
  headers: string[];
  mapping: DraftMapping;
  disabled: boolean;
  onChange: (mapping: DraftMapping) => void;
}) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  const columnOptions = headers.map((header, index) => ({
    value: index,
    label: t('screening.mapping.columnOption', { number: index + 1, header }),
  }));
  const targets: Target[] = [
    { key: 'student-number', itemId: null, name: t('screening.mapping.studentNumber'), text: '' },
    ...definition.items.map((item) => ({
      key: `item-${item.id}`,
      itemId: item.id,
      name: t('screening.mapping.item', { label: item.label }),
      text: textIn(item.text, language),
    })),
  ];
  const columnOf = (target: Target) => (target.itemId === null ? mapping.studentNumber : mapping.items[target.itemId]);
  const choose = (target: Target, column: number | undefined) => {
    if (target.itemId === null) return onChange({ ...mapping, studentNumber: column });
    const items = { ...mapping.items };
    if (column === undefined) delete items[target.itemId];
    else items[target.itemId] = column;
    onChange({ ...mapping, items });
  };

  const columns: TableColumnsType<Target> = [
    {
      key: 'target',
      title: t('screening.mapping.target'),
      render: (_value, target) => (
        <>
          <Typography.Text strong>{target.name}</Typography.Text>
          {target.text && (
            <Typography.Text type="secondary" className="screening-mapping__text" ellipsis={{ tooltip: target.text }}>
              {target.text}
            </Typography.Text>
          )}
        </>
      ),
    },
    {
      key: 'column',
      title: t('screening.mapping.column'),
      width: 300,
      render: (_value, target) => (
        <Select<number>
          className="full-width"
          aria-label={t('screening.mapping.columnLabel', { target: target.name })}
          data-testid={`screening-mapping-${target.key}`}
          allowClear={target.itemId !== null}
          placeholder={t('screening.mapping.none')}
          value={columnOf(target)}
          options={columnOptions}
          disabled={disabled}
          onChange={(column) => choose(target, column)}
        />
      ),
    },
  ];
  return (
    <Table<Target>
      className="screening-mapping"
      size="small"
      tableLayout="fixed"
      rowKey="key"
      columns={columns}
      dataSource={targets}
      pagination={false}
    />
  );
}
