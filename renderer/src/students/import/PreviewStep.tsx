import { Alert, Button, Card, Descriptions, Radio, Spin, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ColumnMapping, ImportOutcome, ImportPreview } from '../../../../shared/schemas/student-import';
import type { ClientError } from '../../api/client-result';
import { CardTitle } from '../../app/CardTitle';
import { errorText } from '../../i18n/error-text';
import { fieldListText } from '../student-labels';
import { missingRequiredFields } from './column-mapping';
import { ColumnMappingTable } from './ColumnMappingTable';
import { ImportRowsTable } from './ImportRowsTable';

const outcomes: readonly ImportOutcome[] = ['new', 'unchanged', 'conflict', 'invalid'];

/** Step 2: what was read, how its columns map to fields, and what each row would become. */
export function PreviewStep({
  fileName,
  preview,
  mapping,
  busy,
  error,
  onMappingChange,
  onCommit,
  onChooseAnother,
}: {
  fileName: string;
  preview: ImportPreview;
  mapping: ColumnMapping;
  busy: boolean;
  error: ClientError | null;
  onMappingChange: (mapping: ColumnMapping) => void;
  onCommit: () => void;
  onChooseAnother: () => void;
}) {
  const { t } = useTranslation();
  const [shown, setShown] = useState<ImportOutcome | 'all'>('all');
  const { summary } = preview;
  const rows = shown === 'all' ? preview.rows : preview.rows.filter((row) => row.outcome === shown);
  const missing = missingRequiredFields(mapping);

  return (
    <Spin spinning={busy}>
      <Card title={<CardTitle>{fileName}</CardTitle>} className="settings-card">
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          data-testid="import-facts"
          items={[
            {
              key: 'format',
              label: t('students.import.preview.format'),
              children: t(`students.import.preview.formats.${preview.format}`),
            },
            ...(preview.encoding
              ? [
                  {
                    key: 'encoding',
                    label: t('students.import.preview.encoding'),
                    children: t(`students.import.preview.encodings.${preview.encoding}`),
                  },
                ]
              : []),
            ...(preview.sheetName
              ? [{ key: 'sheet', label: t('students.import.preview.sheet'), children: preview.sheetName }]
              : []),
            {
              key: 'headerRow',
              label: t('students.import.preview.headerRow'),
              children: t('students.import.preview.headerRowValue', { row: preview.headerRow }),
            },
          ]}
        />
      </Card>
      <Card title={<CardTitle>{t('students.import.preview.mappingTitle')}</CardTitle>} className="settings-card">
        <Typography.Paragraph type="secondary">{t('students.import.preview.mappingIntro')}</Typography.Paragraph>
        {missing.length > 0 && (
          <Alert
            className="form-alert"
            type="warning"
            showIcon
            title={t('students.import.preview.mappingMissing', { fields: fieldListText(t, missing) })}
          />
        )}
        <ColumnMappingTable columns={preview.columns} mapping={mapping} disabled={busy} onChange={onMappingChange} />
      </Card>
      <Card title={<CardTitle>{t('students.import.preview.rowsTitle')}</CardTitle>} className="settings-card">
        <Typography.Paragraph type="secondary">{t('students.import.preview.rowsIntro')}</Typography.Paragraph>
        <Radio.Group
          className="import-outcome-filter"
          optionType="button"
          value={shown}
          onChange={(event) => setShown(event.target.value as ImportOutcome | 'all')}
          data-testid="import-summary"
          options={[
            { value: 'all', label: t('students.import.preview.allRows', { count: summary.rows }) },
            ...outcomes.map((outcome) => ({
              value: outcome,
              label: t('students.import.preview.outcomeOption', {
                outcome: t(`students.import.outcomes.${outcome}`),
                count: summary[outcome],
              }),
            })),
          ]}
        />
        <ImportRowsTable rows={rows} mapping={mapping} />
      </Card>
      <div className="form-actions">
        {summary.new === 0 && (
          <Alert className="form-alert" type="info" showIcon title={t('students.import.preview.nothingNew')} />
        )}
        {error && <Alert className="form-alert" type="error" showIcon title={errorText(t, error)} />}
        <div className="form-actions__buttons">
          <Button type="primary" disabled={summary.new === 0 || busy} onClick={onCommit}>
            {t('students.import.preview.commit', { count: summary.new })}
          </Button>
          <Button onClick={onChooseAnother} disabled={busy}>
            {t('students.import.preview.another')}
          </Button>
        </div>
      </div>
    </Spin>
  );
}
