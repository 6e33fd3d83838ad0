import { FileExcelOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Form, Input, Switch, Table, Typography } from 'antd';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { LedgerRow } from '../../../../shared/schemas/crisis-records';
import { api } from '../../api/api';
import { hostSaveFile } from '../../api/host-capabilities';
import type { ClientError } from '../../api/client-result';
import { errorText } from '../../i18n/error-text';
import { useShowSaveOutcome } from '../../print/save-outcome-message';
import { localIsoDate } from '../../scales/local-date';
import { asLanguage } from '../../scales/localized-text';
import { LevelTag } from '../cases/LevelTag';
import { PrintPreview } from '../forms/PrintPreview';
import { deliverLedgerFile } from './deliver-ledger-file';
import { offerDownload } from './download-file';
import { ledgerCells, ledgerColumns, ledgerFilter, wideColumns } from './ledger-cells';
import { LedgerPrint } from './LedgerPrint';
import '../forms/crisis-forms.css';

/**
 * 心理危机学生台账: every case in the columns of the paper ledger, for a period or all time, to
 * read here, print on landscape A4 or export as an XLSX workbook the school files.
 */
export function LedgerTab({ onOpenCase }: { onOpenCase: (caseId: string) => void }) {
  const { t, i18n } = useTranslation();
  const { modal, message } = App.useApp();
  const showSaveOutcome = useShowSaveOutcome();
  const language = asLanguage(i18n.language);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [includeClosed, setIncludeClosed] = useState(true);
  // The rows with the filter they answer, so a changed filter shows as loading until its rows come.
  const [loaded, setLoaded] = useState<{ key: string; rows: LedgerRow[] } | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const [printing, setPrinting] = useState(false);
  const [exporting, setExporting] = useState(false);

  const filter = ledgerFilter(from, to, includeClosed);
  const filterKey = JSON.stringify(filter);
  const rows = loaded?.key === filterKey ? loaded.rows : null;
  const cells = useMemo(
    () => new Map(rows?.map((row, index) => [row.caseId, ledgerCells(t, row, index, language)])),
    [rows, t, language],
  );

  useEffect(() => {
    const asked = ledgerFilter(from, to, includeClosed);
    if (!asked) return;
    let current = true;
    void api.call('crisis.ledger', asked).then((result) => {
      if (!current) return;
      if (result.ok) {
        setLoaded({ key: JSON.stringify(asked), rows: result.value });
        setError(null);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [from, to, includeClosed]);

  const exportLedger = async () => {
    if (!filter) return;
    setExporting(true);
    const result = await api.call('crisis.exportLedger', { ...filter, language });
    if (!result.ok) {
      setExporting(false);
      return void message.error(errorText(t, result.error));
    }
    const saved = await deliverLedgerFile(result.value, hostSaveFile(), offerDownload);
    setExporting(false);
    if (saved) showSaveOutcome(saved, 'file');
  };

  const askToExport = () =>
    modal.confirm({
      title: t('crisisForms.ledger.exportTitle'),
      content: t('crisisForms.ledger.exportWarning'),
      okText: t('crisisForms.ledger.exportConfirm'),
      cancelText: t('crisisForms.ledger.exportCancel'),
      icon: <FileExcelOutlined aria-hidden="true" />,
      onOk: () => exportLedger(),
    });

  const period =
    from || to ? t('crisisForms.ledger.period', { from: from || '…', to: to || '…' }) : t('crisisForms.ledger.allTime');

  return (
    <div className="ledger" data-testid="ledger">
      <Form layout="inline" className="ledger__filters" component="div">
        <Form.Item label={t('crisisForms.ledger.from')} htmlFor="ledger-from">
          <Input id="ledger-from" type="date" value={from} onChange={(event) => setFrom(event.target.value)} />
        </Form.Item>
        <Form.Item label={t('crisisForms.ledger.to')} htmlFor="ledger-to">
          <Input id="ledger-to" type="date" value={to} onChange={(event) => setTo(event.target.value)} />
        </Form.Item>
        <Form.Item label={t('crisisForms.ledger.includeClosed')} htmlFor="ledger-closed">
          <Switch id="ledger-closed" checked={includeClosed} onChange={setIncludeClosed} />
        </Form.Item>
        <div className="ledger__actions">
          <Button icon={<PrinterOutlined aria-hidden="true" />} disabled={!rows} onClick={() => setPrinting(true)}>
            {t('crisisForms.ledger.print')}
          </Button>
          <Button
            icon={<FileExcelOutlined aria-hidden="true" />}
            loading={exporting}
            disabled={!rows}
            onClick={askToExport}
          >
            {t('crisisForms.ledger.export')}
          </Button>
        </div>
      </Form>
      {!filter && <Alert type="warning" showIcon className="form-alert" title={t('crisisForms.ledger.badPeriod')} />}
      {error && <Alert type="error" showIcon className="form-alert" title={errorText(t, error)} />}
      <Typography.Paragraph type="secondary" data-testid="ledger-count">
        {rows ? t('crisisForms.ledger.count', { count: rows.length, period }) : ''}
      </Typography.Paragraph>
      <Table<LedgerRow>
        rowKey="caseId"
        size="small"
        bordered
        loading={rows === null && filter !== null}
        dataSource={rows ?? []}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: t('crisisForms.ledger.empty') }}
        columns={ledgerColumns.map((column) => ({
          key: column,
          title: t(`crisisLedger.columns.${column}`),
          className: wideColumns.has(column) ? 'ledger__wide' : 'ledger__cell',
          render: (_value: unknown, row: LedgerRow) => {
            if (column === 'level') return <LevelTag level={row.level} />;
            const text = cells.get(row.caseId)?.[column] ?? '';
            if (column !== 'name') return text;
            return (
              <Button type="link" className="form-link" onClick={() => onOpenCase(row.caseId)}>
                {text}
              </Button>
            );
          },
        }))}
      />
      {rows && (
        <PrintPreview
          open={printing}
          landscape
          title={t('crisisLedger.title')}
          fileName={`${t('crisisLedger.title')}-${localIsoDate(new Date())}`}
          onClose={() => setPrinting(false)}
        >
          <LedgerPrint rows={rows} period={period} />
        </PrintPreview>
      )}
    </div>
  );
}
