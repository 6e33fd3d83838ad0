import type { TFunction } from 'i18next';
import { ledgerCells as cellsOf } from '../../../../shared/domain/crisis/ledger-cells';
import type { Language } from '../../../../shared/schemas/common';
import type { LedgerFilter, LedgerRow } from '../../../../shared/schemas/crisis-records';

export {
  ledgerColumns,
  levelText,
  wideLedgerColumns as wideColumns,
} from '../../../../shared/domain/crisis/ledger-cells';

/** One ledger line with the screen's translations: the same words as the exported workbook's, by one rule in shared/. */
export function ledgerCells(t: TFunction, row: LedgerRow, index: number, language: Language) {
  return cellsOf((key, values) => String(t(key as never, values as never)), row, index, language);
}

/**
 * The filter the ledger asks for: either day may be left open. An end before the start would
 * ask for nothing, so there is no filter until the days make sense.
 */
export function ledgerFilter(from: string, to: string, includeClosed: boolean): LedgerFilter | null {
  if (from && to && to < from) return null;
  return { includeClosed, ...(from ? { from } : {}), ...(to ? { to } : {}) };
}
