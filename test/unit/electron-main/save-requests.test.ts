import { describe, expect, it } from 'vitest';
import { maxSuggestedNameLength } from '../../../electron/main/save-file-name';
import {
  maxContentBase64Length,
  maxSavedFileBytes,
  parseSaveFileRequest,
  parseSavePdfRequest,
} from '../../../electron/main/save-requests';

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
});

describe('parseSaveFileRequest', () => {
  const valid = { suggestedName: '危机台账-2026-03-14.xlsx', extension: 'xlsx', contentBase64: 'UEsDBA==' };

  it('accepts exactly { suggestedName, extension, contentBase64 }', () => {
    expect(parseSaveFileRequest(valid)).toEqual(valid);
    expect(parseSaveFileRequest({ ...valid, contentBase64: 'UEsD' })).not.toBeNull();
    expect(parseSaveFileRequest({ ...valid, contentBase64: 'UEsDBA8=' })).not.toBeNull();
  });

  it('caps the content at 20 MB, counted in base64 before decoding', () => {
    expect(maxSavedFileBytes).toBe(20 * 1024 * 1024);
    expect(maxContentBase64Length).toBe(Math.ceil(maxSavedFileBytes / 3) * 4);
    const atCap = 'A'.repeat(maxContentBase64Length);
    expect(parseSaveFileRequest({ ...valid, contentBase64: atCap })).not.toBeNull();
    expect(parseSaveFileRequest({ ...valid, contentBase64: `${atCap}AAAA` })).toBeNull();
  });

  it.each([
    ['nothing', undefined],
    ['an array', [valid]],
    ['an extra key', { ...valid, folder: '/tmp' }],
    ['no content', { suggestedName: 'x', extension: 'xlsx' }],
    ['a name too long', { ...valid, suggestedName: 'x'.repeat(maxSuggestedNameLength + 1) }],
    ['a number as name', { ...valid, suggestedName: 7 }],
    ['the pdf extension', { ...valid, extension: 'pdf' }],
    ['an executable extension', { ...valid, extension: 'exe' }],
    ['an upper-case extension', { ...valid, extension: 'XLSX' }],
    ['a dotted extension', { ...valid, extension: '.xlsx' }],
    ['empty content', { ...valid, contentBase64: '' }],
    ['content that is not a string', { ...valid, contentBase64: [80, 75] }],
    ['content with a character outside base64', { ...valid, contentBase64: 'UEs*BA==' }],
    ['content with a line break', { ...valid, contentBase64: 'UEsD\nBA==' }],
    ['content missing its padding', { ...valid, contentBase64: 'UEsDBA' }],
    ['padding inside the content', { ...valid, contentBase64: 'UE==sDBA' }],
    ['base64url content', { ...valid, contentBase64: 'UEsD-_==' }],
  ])('refuses %s', (_case, input) => {
    expect(parseSaveFileRequest(input)).toBeNull();
  });
});
