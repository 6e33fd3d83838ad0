import path from 'node:path';
import type { PrintToPDFOptions, SaveDialogOptions } from 'electron';
import en from '../../shared/i18n/en.json';
import zhCN from '../../shared/i18n/zh-CN.json';

/**
 * The page as the printer gets it: `printToPDF` renders with print media, so the print sheet
 * (school name and confidentiality line on every page) shows and the screen is hidden, and the
 * sheet's own `@page` size and margins apply. No browser header or footer (URL, date).
 */
export const pdfPrintOptions: PrintToPDFOptions = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true };

/** Chinese for any zh locale, English otherwise, from the app's translation files, as the menu does. */
export function hostDialogLabels(locale: string): typeof en.hostDialogs {
  return locale.toLowerCase().startsWith('zh') ? zhCN.hostDialogs : en.hostDialogs;
}

/**
 * Opens on Documents, never a temp folder. Linux asks before overwriting only when told to;
 * Windows would otherwise list the file, whose name the next user of the PC sees, among its
 * recent documents.
 */
export function savePdfDialogOptions(documentsFolder: string, fileName: string, locale: string): SaveDialogOptions {
  return {
    title: hostDialogLabels(locale).savePdfTitle,
    defaultPath: path.join(documentsFolder, fileName),
    filters: [{ name: 'PDF', extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation', 'dontAddToRecent'],
  };
}
