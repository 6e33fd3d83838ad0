import { describe, expect, it } from 'vitest';
import { maxSuggestedNameLength, parseSavePdfRequest, pdfFileName } from '../../../electron/main/pdf-file-name';

describe('parseSavePdfRequest', () => {
  it('accepts exactly { suggestedName } with a short string', () => {
    expect(parseSavePdfRequest({ suggestedName: '辅导记录-2026-001' })).toEqual({ suggestedName: '辅导记录-2026-001' });
    expect(parseSavePdfRequest({ suggestedName: 'x'.repeat(maxSuggestedNameLength) })).not.toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['null', null],
    ['a string', 'note.pdf'],
    ['an array', ['note']],
    ['a number as name', { suggestedName: 7 }],
    ['an extra key', { suggestedName: 'note', path: '/etc' }],
    ['no name', {}],
    ['a name too long', { suggestedName: 'x'.repeat(maxSuggestedNameLength + 1) }],
  ])('refuses %s', (_case, input) => {
    expect(parseSavePdfRequest(input)).toBeNull();
  });

  it('keeps every allowed name, CJK included, under the 255-byte file-name limit', () => {
    const name = pdfFileName('辅'.repeat(maxSuggestedNameLength));
    expect(Buffer.byteLength(name)).toBeLessThanOrEqual(255);
    const astral = pdfFileName('𠀀'.repeat(maxSuggestedNameLength / 2));
    expect(Buffer.byteLength(astral)).toBeLessThanOrEqual(255);
  });
});

describe('pdfFileName', () => {
  it('adds .pdf once', () => {
    expect(pdfFileName('辅导记录-2026-001-2026-03-14')).toBe('辅导记录-2026-001-2026-03-14.pdf');
    expect(pdfFileName('summary.PDF')).toBe('summary.pdf');
  });

  it.each([
    ['../../etc/passwd', 'etc-passwd.pdf'],
    ['..\\..\\Windows\\evil', 'Windows-evil.pdf'],
    ['/tmp/x', 'tmp-x.pdf'],
    ['C:\\Temp\\x', 'C--Temp-x.pdf'],
    ['a<b>c:d"e|f?g*h', 'a-b-c-d-e-f-g-h.pdf'],
  ])('turns the path %s into one file name', (input, expected) => {
    const name = pdfFileName(input);
    expect(name).toBe(expected);
    expect(name).not.toMatch(/[/\\]/);
  });

  it('strips control, bidi-override and line-break characters', () => {
    expect(pdfFileName('note\u0000\u0007\n\r\u202Efdp.exe\u2028')).toBe('notefdp.exe.pdf');
  });

  it('leaves no leading dot (a hidden file) and no trailing dot or space (Windows drops them)', () => {
    expect(pdfFileName('.hidden')).toBe('hidden.pdf');
    expect(pdfFileName('..')).toBe('document.pdf');
    expect(pdfFileName('note. . ')).toBe('note.pdf');
  });

  it('never gives a Windows device name', () => {
    expect(pdfFileName('CON')).toBe('_CON.pdf');
    expect(pdfFileName('lpt1.txt')).toBe('_lpt1.txt.pdf');
    expect(pdfFileName('console')).toBe('console.pdf');
  });

  it('falls back to a plain name when nothing is left', () => {
    expect(pdfFileName('')).toBe('document.pdf');
    expect(pdfFileName(' \u0001 ')).toBe('document.pdf');
    expect(pdfFileName('.pdf')).toBe('document.pdf');
  });
});
