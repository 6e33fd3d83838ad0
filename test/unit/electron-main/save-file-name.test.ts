import { describe, expect, it } from 'vitest';
import { maxSuggestedNameLength, savedFileName } from '../../../electron/main/save-file-name';

describe('savedFileName', () => {
  it('adds the extension once', () => {
    expect(savedFileName('辅导记录-2026-001-2026-03-14', 'pdf')).toBe('辅导记录-2026-001-2026-03-14.pdf');
    expect(savedFileName('summary.PDF', 'pdf')).toBe('summary.pdf');
    expect(savedFileName('危机台账-2026-03-14.xlsx', 'xlsx')).toBe('危机台账-2026-03-14.xlsx');
    expect(savedFileName('ledger.XLSX', 'xlsx')).toBe('ledger.xlsx');
  });

  it('keeps another extension in the name and adds its own', () => {
    expect(savedFileName('ledger.pdf', 'xlsx')).toBe('ledger.pdf.xlsx');
    expect(savedFileName('note.xlsx', 'pdf')).toBe('note.xlsx.pdf');
  });

  it.each([
    ['../../etc/passwd', 'etc-passwd.pdf'],
    ['..\\..\\Windows\\evil', 'Windows-evil.pdf'],
    ['/tmp/x', 'tmp-x.pdf'],
    ['C:\\Temp\\x', 'C--Temp-x.pdf'],
    ['a<b>c:d"e|f?g*h', 'a-b-c-d-e-f-g-h.pdf'],
  ])('turns the path %s into one file name', (input, expected) => {
    const name = savedFileName(input, 'pdf');
    expect(name).toBe(expected);
    expect(name).not.toMatch(/[/\\]/);
    expect(savedFileName(input, 'xlsx')).toBe(expected.replace(/\.pdf$/, '.xlsx'));
  });

  it('strips control, bidi-override and line-break characters', () => {
    expect(savedFileName('note\u0000\u0007\n\r\u202Efdp.exe\u2028', 'pdf')).toBe('notefdp.exe.pdf');
    expect(savedFileName('ledger\u202Exslx.exe', 'xlsx')).toBe('ledgerxslx.exe.xlsx');
  });

  it('leaves no leading dot (a hidden file) and no trailing dot or space (Windows drops them)', () => {
    expect(savedFileName('.hidden', 'pdf')).toBe('hidden.pdf');
    expect(savedFileName('..', 'pdf')).toBe('document.pdf');
    expect(savedFileName('note. . ', 'pdf')).toBe('note.pdf');
    expect(savedFileName('-ledger. .xlsx', 'xlsx')).toBe('ledger.xlsx');
  });

  it('never gives a Windows device name', () => {
    expect(savedFileName('CON', 'pdf')).toBe('_CON.pdf');
    expect(savedFileName('lpt1.txt', 'pdf')).toBe('_lpt1.txt.pdf');
    expect(savedFileName('nul.xlsx', 'xlsx')).toBe('_nul.xlsx');
    expect(savedFileName('console', 'pdf')).toBe('console.pdf');
  });

  it('falls back to a plain name when nothing is left', () => {
    expect(savedFileName('', 'pdf')).toBe('document.pdf');
    expect(savedFileName(' \u0001 ', 'pdf')).toBe('document.pdf');
    expect(savedFileName('.pdf', 'pdf')).toBe('document.pdf');
    expect(savedFileName('.xlsx', 'xlsx')).toBe('document.xlsx');
  });

  it('keeps every allowed name, CJK included, under the 255-byte file-name limit', () => {
    for (const extension of ['pdf', 'xlsx']) {
      expect(Buffer.byteLength(savedFileName('辅'.repeat(maxSuggestedNameLength), extension))).toBeLessThanOrEqual(255);
      const astral = savedFileName('𠀀'.repeat(maxSuggestedNameLength / 2), extension);
      expect(Buffer.byteLength(astral)).toBeLessThanOrEqual(255);
    }
  });
});
