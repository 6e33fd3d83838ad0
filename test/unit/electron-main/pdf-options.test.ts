import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostDialogLabels, pdfPrintOptions, savePdfDialogOptions } from '../../../electron/main/pdf-options';

describe('save-as-PDF options', () => {
  it('opens the dialog on Documents with the name, for PDF files only', () => {
    const options = savePdfDialogOptions('/home/li/Documents', '辅导记录-2026-001.pdf', 'zh-CN');
    expect(options.defaultPath).toBe(path.join('/home/li/Documents', '辅导记录-2026-001.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(options.properties).toEqual(
      expect.arrayContaining(['showOverwriteConfirmation', 'dontAddToRecent', 'createDirectory']),
    );
  });

  it('titles the dialog in the system language, from the translation files', () => {
    expect(savePdfDialogOptions('/d', 'x.pdf', 'zh-TW').title).toBe('保存为 PDF');
    expect(savePdfDialogOptions('/d', 'x.pdf', 'en-GB').title).toBe('Save as PDF');
    expect(hostDialogLabels('fr').savePdfTitle).toBe('Save as PDF');
  });

  it('prints A4 with the page’s own print CSS, backgrounds, and no browser header or footer', () => {
    expect(pdfPrintOptions).toEqual({ pageSize: 'A4', printBackground: true, preferCSSPageSize: true });
    expect(pdfPrintOptions.displayHeaderFooter).toBeUndefined();
  });
});
