import { describe, expect, test } from 'vitest';
import { errorCodes } from '../../../shared/contract/error-codes';
import { clientErrorCodes } from '../../../renderer/src/api/client-result';
import en from '../../../shared/i18n/en.json';
import zhCN from '../../../shared/i18n/zh-CN.json';

/** Every leaf of a resource file as [dotted key, text]. */
function leaves(node: unknown, prefix = ''): [string, unknown][] {
  if (typeof node !== 'object' || node === null) return [[prefix, node]];
  return Object.entries(node).flatMap(([key, value]) => leaves(value, prefix ? `${prefix}.${key}` : key));
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();

const zhLeaves = new Map(leaves(zhCN));
const enLeaves = new Map(leaves(en));

describe('the translation files', () => {
  test('have exactly the same keys', () => {
    expect([...enLeaves.keys()].sort()).toEqual([...zhLeaves.keys()].sort());
  });

  test.each([
    ['zh-CN', zhLeaves],
    ['en', enLeaves],
  ])('%s has only non-empty texts', (_language, texts) => {
    for (const [key, text] of texts) {
      expect(typeof text, key).toBe('string');
      expect((text as string).trim(), key).not.toBe('');
    }
  });

  test('use the same placeholders in both languages', () => {
    for (const [key, text] of zhLeaves) {
      expect(placeholders(String(enLeaves.get(key))), key).toEqual(placeholders(String(text)));
    }
  });

  test.each([...errorCodes, ...clientErrorCodes])('translate the error code %s in both languages', (code) => {
    expect(zhLeaves.get(`errors.${code}`)).toEqual(expect.any(String));
    expect(enLeaves.get(`errors.${code}`)).toEqual(expect.any(String));
  });

  test('translate no error code that does not exist', () => {
    const known = new Set<string>([...errorCodes, ...clientErrorCodes]);
    expect(Object.keys(zhCN.errors).filter((code) => !known.has(code))).toEqual([]);
  });

  test('leave Chinese text out of the English file, except the app name and language names', () => {
    const allowed = new Set(['app.documentTitle', 'app.name', 'recovery.printTitle', 'languages.zh-CN']);
    const withHan = [...enLeaves].filter(([key, text]) => !allowed.has(key) && /\p{Script=Han}/u.test(String(text)));
    expect(withHan).toEqual([]);
  });
});
