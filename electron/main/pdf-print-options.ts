import type { PrintToPDFOptions } from 'electron';

/**
 * The page as the printer gets it: `printToPDF` renders with print media, so the print sheet
 * (school name and confidentiality line on every page) shows and the screen is hidden, and the
 * sheet's own `@page` size and margins apply. No browser header or footer (URL, date).
 */
export const pdfPrintOptions: PrintToPDFOptions = { pageSize: 'A4', printBackground: true, preferCSSPageSize: true };
