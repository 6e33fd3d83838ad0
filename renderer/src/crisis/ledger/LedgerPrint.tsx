import { useTranslation } from 'react-i18next';
import type { LedgerRow } from '../../../../shared/schemas/crisis-records';
import { asLanguage } from '../../scales/localized-text';
import { ledgerCells, ledgerColumns, wideColumns } from './ledger-cells';

/** The ledger on landscape A4: every column of the paper form, the header repeated on each page. */
export function LedgerPrint({ rows, period }: { rows: readonly LedgerRow[]; period: string }) {
  const { t, i18n } = useTranslation();
  const language = asLanguage(i18n.language);
  return (
    <div className="ledger-print" data-testid="ledger-print">
      <p className="ledger-print__period">{period}</p>
      <table className="ledger-print__table">
        <thead>
          <tr>
            {ledgerColumns.map((column) => (
              <th key={column} scope="col">
                {t(`crisisLedger.columns.${column}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => {
            const cells = ledgerCells(t, row, index, language);
            return (
              <tr key={row.caseId}>
                {ledgerColumns.map((column) => (
                  <td key={column} className={wideColumns.has(column) ? 'ledger-print__wide' : 'ledger-print__short'}>
                    {cells[column]}
                  </td>
                ))}
              </tr>
            );
          })}
        </tbody>
      </table>
      {rows.length === 0 && <p>{t('crisisForms.ledger.empty')}</p>}
    </div>
  );
}
