import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/domain/scales/canonical-json';
import { reversedKeys } from './reversed-keys';

describe('canonical JSON', () => {
  it('sorts keys at every depth and writes no whitespace', () => {
    expect(canonicalJson({ b: [3, { z: 1, a: 'x y' }], a: null, é: true, B: -0 })).toBe(
      '{"B":0,"a":null,"b":[3,{"a":"x y","z":1}],"é":true}',
    );
  });

  it('leaves out undefined properties, as JSON does', () => {
    expect(canonicalJson({ a: 1, b: undefined })).toBe('{"a":1}');
  });

  it('refuses what JSON cannot carry exactly', () => {
    for (const value of [
      Number.NaN,
      Infinity,
      -Infinity,
      1n,
      () => 1,
      Symbol('s'),
      undefined,
      new Date(0),
      new Map(),
    ]) {
      expect(() => canonicalJson(value)).toThrow(TypeError);
    }
    expect(() => canonicalJson({ nested: [1, Number.NaN] })).toThrow(TypeError);
    expect(() => canonicalJson([1, undefined])).toThrow(TypeError);
    // eslint-disable-next-line no-sparse-arrays
    expect(() => canonicalJson([1, , 3])).toThrow(TypeError);
  });

  it('is the same text whatever the key order, and reads back as the value', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = canonicalJson(value);
        expect(canonicalJson(reversedKeys(value))).toBe(text);
        expect(JSON.parse(text)).toEqual(JSON.parse(JSON.stringify(value)));
        expect(text).not.toMatch(/^\s|\s$|[\n\t]/);
      }),
    );
  });
});
