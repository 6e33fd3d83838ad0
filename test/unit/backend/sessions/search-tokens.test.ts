import { describe, expect, it } from 'vitest';
import { ftsQuery, indexTokens, queryTerms } from '../../../../electron/backend/sessions/search-tokens';

const texts = (text: string) => indexTokens(text).map((token) => token.text);

describe('the search tokenizer', () => {
  it('turns a CJK run into its bigrams and then its last character alone', () => {
    expect(texts('焦虑失眠')).toEqual(['焦虑', '虑失', '失眠', '眠']);
    expect(texts('哭')).toEqual(['哭']);
    expect(texts('考试焦虑，失眠。')).toEqual(['考试', '试焦', '焦虑', '虑', '失眠', '眠']);
  });

  it('keeps other letters and digits as whole lowercase words, full-width ones as ASCII', () => {
    expect(texts('Student reports ANXIETY')).toEqual(['student', 'reports', 'anxiety']);
    expect(texts('ＣＢＴ　２０２６')).toEqual(['cbt', '2026']);
    expect(texts('失眠3天')).toEqual(['失眠', '眠', '3', '天']);
    expect(texts('Café naïve')).toEqual(['café', 'naïve']);
    expect(texts('⑴ 第一')).toEqual(['1', '第一', '一']);
  });

  it('drops punctuation, spaces and symbols', () => {
    expect(texts('，。！？…… --- ## 😀')).toEqual([]);
    expect(texts('')).toEqual([]);
  });

  it('points each token at the original text in UTF-16 units, astral characters included', () => {
    const text = '𠮷野家 ok';
    expect(indexTokens(text)).toEqual([
      { text: '𠮷野', start: 0, end: 3, firstEnd: 2 },
      { text: '野家', start: 2, end: 4, firstEnd: 3 },
      { text: '家', start: 3, end: 4, firstEnd: 4 },
      { text: 'ok', start: 5, end: 7, firstEnd: 7 },
    ]);
  });

  it('maps compatibility ideographs to the unified ones', () => {
    expect(texts('\uF900')).toEqual(['豈']);
  });

  it('makes a query of phrases, leaving the last CJK run open and a lone last character a prefix', () => {
    expect(queryTerms('焦虑')).toEqual([{ tokens: ['焦虑'], prefix: false }]);
    expect(queryTerms('焦虑失眠')).toEqual([{ tokens: ['焦虑', '虑失', '失眠'], prefix: false }]);
    expect(queryTerms('焦')).toEqual([{ tokens: ['焦'], prefix: true }]);
    expect(queryTerms('焦虑 Anxiety')).toEqual([
      { tokens: ['焦虑'], prefix: false },
      { tokens: ['anxiety'], prefix: false },
    ]);
    expect(queryTerms('焦虑abc')).toEqual([{ tokens: ['焦虑', '虑', 'abc'], prefix: false }]);
    expect(queryTerms('3天')).toEqual([{ tokens: ['3', '天'], prefix: true }]);
    expect(queryTerms(' ，。 !! ')).toEqual([]);
  });

  it('writes the FTS5 query as quoted phrases joined by AND, so FTS5 operators typed in are only words', () => {
    expect(ftsQuery(queryTerms('焦虑失眠 anxiety 焦'))).toBe('"焦虑 虑失 失眠" AND "anxiety" AND "焦" *');
    expect(ftsQuery(queryTerms('"OR" NEAR(a b)'))).toBe('"or" AND "near a" AND "b"');
  });
});
