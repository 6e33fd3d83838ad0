import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeText } from '../../../../electron/backend/students/import/decode-text';
import { detectDelimiter, readCsv } from '../../../../electron/backend/students/import/read-csv';

const roster = '学号,姓名,班级\r\n2023001,张三,初二(3)班\r\n';

describe('decoding and reading CSV rosters', () => {
  it('tells UTF-8 (with or without BOM), UTF-16 and GBK apart', () => {
    const utf8 = Buffer.from(roster, 'utf8');
    expect(decodeText(utf8)).toEqual({ text: roster, encoding: 'utf-8' });
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8]))).toEqual({
      text: roster,
      encoding: 'utf-8',
    });
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(roster, 'utf16le')]))).toEqual({
      text: roster,
      encoding: 'utf-16le',
    });
    expect(decodeText(iconv.encode(roster, 'gbk'))).toEqual({ text: roster, encoding: 'gbk' });
    // A rare character in a name, outside GBK, survives through GB 18030.
    expect(decodeText(iconv.encode('䶮', 'gb18030')).text).toBe('䶮');
  });

  it('detects the delimiter from the first line', () => {
    expect(detectDelimiter('a,b,c\n1;2')).toBe(',');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
    expect(detectDelimiter('a;b;c')).toBe(';');
    expect(detectDelimiter('name')).toBe(',');
  });

  it('numbers rows as Excel shows them and keeps quoted cells whole', () => {
    const text = '学号,姓名\n\n"2023001","张\n三"\n,\n2023002,"李""四"""\n';
    const { rows } = readCsv(Buffer.from(text, 'utf8'));
    expect(rows).toEqual([
      { rowNumber: 1, cells: ['学号', '姓名'] },
      { rowNumber: 3, cells: ['2023001', '张 三'] },
      { rowNumber: 5, cells: ['2023002', '李"四"'] },
    ]);
  });

  it('refuses binary data and unclosed quotes as invalid', () => {
    expect(() => readCsv(Buffer.from([0x00, 0x01, 0x02, 0x41, 0x00]))).toThrow(
      expect.objectContaining({ code: 'IMPORT_FILE_INVALID' }),
    );
    expect(() => readCsv(Buffer.from('a,"b\n1,2\n'))).toThrow(expect.objectContaining({ code: 'IMPORT_FILE_INVALID' }));
  });

  it('refuses too many rows or columns', () => {
    expect(() => readCsv(Buffer.from('a\n'.repeat(10_100)))).toThrow(
      expect.objectContaining({ code: 'IMPORT_FILE_TOO_LARGE' }),
    );
    expect(() => readCsv(Buffer.from(`${'x,'.repeat(100)}x\n`))).toThrow(
      expect.objectContaining({ code: 'IMPORT_FILE_TOO_LARGE' }),
    );
    expect(readCsv(Buffer.from(`a,b${','.repeat(500)}\n`)).rows).toEqual([{ rowNumber: 1, cells: ['a', 'b'] }]);
  });
});
