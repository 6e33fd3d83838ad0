import { describe, expect, it } from 'vitest';
import { neutraliseFormula } from '../../../../electron/backend/crisis/ledger-workbook';

describe('neutraliseFormula', () => {
  it.each(['=1+1', '+86 138', '-3', '@SUM(A1)', '\t=1', '\r=1'])('prefixes %j with an apostrophe', (text) => {
    expect(neutraliseFormula(text)).toBe(`'${text}`);
  });

  it.each(['', '张三', '2026-09-01', "'=already", ' =1', '1+1'])('leaves %j as it is', (text) => {
    expect(neutraliseFormula(text)).toBe(text);
  });
});
