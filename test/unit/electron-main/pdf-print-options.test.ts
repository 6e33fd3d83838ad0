import { describe, expect, it } from 'vitest';
import { pdfPrintOptions } from '../../../electron/main/pdf-print-options';

describe('PDF print options', () => {
  it('prints A4 with the page’s own print CSS, backgrounds, and no browser header or footer', () => {
    expect(pdfPrintOptions).toEqual({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdfPrintOptions.displayHeaderFooter).toBeUndefined();
  });
});
