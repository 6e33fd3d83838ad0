import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hostDialogLabels, saveDialogOptions } from '../../../electron/main/save-dialog-options';

describe('save dialog options', () => {
  it('opens the dialog on Documents with the name, for PDF files only', () => {
    const options = saveDialogOptions('/home/li/Documents', '辅导记录-2026-001.pdf', 'pdf', 'zh-CN');
    expect(options.defaultPath).toBe(path.join('/home/li/Documents', '辅导记录-2026-001.pdf'));
    expect(options.filters).toEqual([{ name: 'PDF', extensions: ['pdf'] }]);
    expect(options.properties).toEqual(
      expect.arrayContaining(['showOverwriteConfirmation', 'dontAddToRecent', 'createDirectory']),
    );
  });

  it('lists workbooks only when saving a workbook, with the same safeguards', () => {
    const options = saveDialogOptions('/home/li/Documents', '危机台账.xlsx', 'xlsx', 'zh-CN');
    expect(options.defaultPath).toBe(path.join('/home/li/Documents', '危机台账.xlsx'));
    expect(options.filters).toEqual([{ name: 'Excel', extensions: ['xlsx'] }]);
    expect(options.properties).toEqual(
      expect.arrayContaining(['showOverwriteConfirmation', 'dontAddToRecent', 'createDirectory']),
    );
  });

  it('titles the dialog in the system language, from the translation files', () => {
    expect(saveDialogOptions('/d', 'x.pdf', 'pdf', 'zh-TW').title).toBe('保存为 PDF');
    expect(saveDialogOptions('/d', 'x.pdf', 'pdf', 'en-GB').title).toBe('Save as PDF');
    expect(saveDialogOptions('/d', 'x.xlsx', 'xlsx', 'zh-CN').title).toBe('保存为 Excel 工作簿');
    expect(saveDialogOptions('/d', 'x.xlsx', 'xlsx', 'en-US').title).toBe('Save as Excel workbook');
    expect(hostDialogLabels('fr').savePdfTitle).toBe('Save as PDF');
  });
});
