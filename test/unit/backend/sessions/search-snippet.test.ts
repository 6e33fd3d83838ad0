import { describe, expect, it } from 'vitest';
import {
  cutSnippet,
  findRanges,
  mergeRanges,
  noteSnippet,
  snippetContextBefore,
  snippetLength,
} from '../../../../electron/backend/sessions/search-snippet';
import { queryTerms } from '../../../../electron/backend/sessions/search-tokens';

const plan = { kind: 'plan' } as const;
const ranges = (text: string, query: string) =>
  findRanges(text, queryTerms(query)).map((range) => text.slice(range.start, range.end));

describe('match ranges', () => {
  it('mark every occurrence of a two-character word and of a longer phrase', () => {
    expect(ranges('焦虑。很焦虑', '焦虑')).toEqual(['焦虑', '焦虑']);
    expect(ranges('考试焦虑失眠', '焦虑失眠')).toEqual(['焦虑失眠']);
    expect(ranges('焦 虑', '焦虑')).toEqual([]);
  });

  it('mark one character wherever it stands, but only that character', () => {
    expect(ranges('焦虑，心焦', '焦')).toEqual(['焦', '焦']);
    expect(ranges('𠮷野家', '𠮷')).toEqual(['𠮷']);
  });

  it('mark English words whole, in their original letter case, and each word of the query', () => {
    expect(ranges('Anxiety, anxious, ANXIETY', 'anxiety')).toEqual(['Anxiety', 'ANXIETY']);
    expect(ranges('焦虑 and 失眠', '失眠 焦虑')).toEqual(['焦虑', '失眠']);
    expect(ranges('使用ＣＢＴ技术', 'CBT技术')).toEqual(['ＣＢＴ技术']);
  });

  it('merge overlapping and touching ranges', () => {
    expect(ranges('哈哈哈', '哈哈')).toEqual(['哈哈哈']);
    expect(
      mergeRanges([
        { start: 5, end: 7 },
        { start: 0, end: 2 },
        { start: 1, end: 3 },
        { start: 3, end: 4 },
      ]),
    ).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 7 },
    ]);
  });
});

describe('snippets', () => {
  it('show the whole of a short text with the ranges as they are', () => {
    const text = '学生说失眠';
    expect(cutSnippet(plan, text, findRanges(text, queryTerms('失眠')))).toEqual({
      field: plan,
      text,
      ranges: [{ start: 3, end: 5 }],
      truncatedStart: false,
      truncatedEnd: false,
    });
  });

  it('cut a window around the first match of a long text, with ranges moved into the window', () => {
    const text = `${'前'.repeat(100)}焦虑${'后'.repeat(100)}焦虑`;
    const snippet = cutSnippet(plan, text, findRanges(text, queryTerms('焦虑')));
    expect(snippet.text).toHaveLength(snippetLength);
    expect(snippet.ranges).toEqual([{ start: snippetContextBefore, end: snippetContextBefore + 2 }]);
    expect(snippet.text.slice(snippetContextBefore, snippetContextBefore + 2)).toBe('焦虑');
    expect([snippet.truncatedStart, snippet.truncatedEnd]).toEqual([true, true]);
  });

  it('turn line breaks and tabs into spaces without moving the ranges, and keep markup as text', () => {
    const text = '<i>第一行</i>\r\n\t失眠';
    const snippet = cutSnippet(plan, text, findRanges(text, queryTerms('失眠')));
    expect(snippet.text).toBe('<i>第一行</i>   失眠');
    expect(snippet.text.slice(snippet.ranges[0]!.start, snippet.ranges[0]!.end)).toBe('失眠');
  });

  it('never cut a character made of two UTF-16 units in half', () => {
    const text = `${'𠮷'.repeat(30)}焦虑`;
    const snippet = cutSnippet(plan, text, findRanges(text, queryTerms('焦虑')));
    expect(snippet.text.startsWith('𠮷')).toBe(true);
    expect(snippet.text.slice(snippet.ranges[0]!.start, snippet.ranges[0]!.end)).toBe('焦虑');
  });

  it('come from the first field of the note that holds a match', () => {
    const fields = [
      { field: { kind: 'section' as const, key: 'a', labelZh: '甲', labelEn: 'A' }, text: '没有' },
      { field: plan, text: '继续关注失眠' },
      { field: { kind: 'appointment' as const }, text: '失眠复查' },
    ];
    expect(noteSnippet(fields, queryTerms('失眠'))).toMatchObject({ field: plan, ranges: [{ start: 4, end: 6 }] });
  });
});
