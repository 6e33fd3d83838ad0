import { createHash, generateKeyPairSync } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { districtKeyFileText, parseDistrictKeyFile } from '../../../electron/backend/scales/district-key';
import { publicKeyFromRaw, rawPublicKey } from '../../../electron/backend/scales/district-key-ed25519';
import { districtKeyFingerprint, formatFingerprint } from '../../../electron/backend/scales/district-key-fingerprint';
import { newDistrict } from './pack-fixtures';

describe('the district key file', () => {
  const { key } = newDistrict();

  it('reads back what the tool writes', () => {
    const parsed = parseDistrictKeyFile(Buffer.from(districtKeyFileText(key)));
    expect(parsed).toEqual({ ok: true, key });
  });

  it('has a fingerprint: SHA-256 of the raw key, shown as 16 groups of 4 upper-case hex digits', () => {
    expect(key.fingerprint).toBe(createHash('sha256').update(key.publicKey).digest('hex'));
    expect(formatFingerprint(key.fingerprint)).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
    expect(formatFingerprint('0123456789abcdef'.repeat(4))).toBe(
      '0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567 89AB CDEF 0123 4567 89AB CDEF',
    );
    expect(districtKeyFingerprint(Buffer.alloc(32))).toBe(
      '66687aadf862bd776c8fc18b8e9f8e20089714856ee233b3902a591d0d5f2925',
    );
  });

  it('turns raw keys into key objects and back', () => {
    const { publicKey, privateKey } = generateKeyPairSync('ed25519');
    const raw = rawPublicKey(privateKey);
    expect(raw).toEqual(rawPublicKey(publicKey));
    expect(publicKeyFromRaw(raw).equals(publicKey)).toBe(true);
    expect(() => publicKeyFromRaw(raw.subarray(1))).toThrow(/32 bytes/);
    expect(() => rawPublicKey(generateKeyPairSync('x25519').publicKey)).toThrow(/Ed25519/);
  });

  it('refuses files that are not a district key, as malformed', () => {
    const file = JSON.parse(districtKeyFileText(key)) as Record<string, unknown>;
    const cases: [unknown, RegExp][] = [
      ['{', /not JSON/],
      [{ ...file, format: 'xinqing-scale-pack' }, /^format/],
      [{ ...file, formatVersion: 2 }, /newer version/],
      [{ ...file, publicKey: Buffer.alloc(31).toString('base64') }, /^publicKey/],
      [{ ...file, publicKey: Buffer.alloc(33).toString('base64') }, /^publicKey: not an Ed25519/],
      [{ ...file, district: '' }, /^district/],
      [{ ...file, district: '区'.repeat(2000) }, /larger than 4 KB/],
    ];
    for (const [content, detail] of cases) {
      const bytes = Buffer.from(typeof content === 'string' ? content : JSON.stringify(content));
      const parsed = parseDistrictKeyFile(bytes);
      expect(parsed).toMatchObject({ ok: false, reason: 'malformed' });
      expect(parsed.ok ? '' : parsed.detail).toMatch(detail);
    }
  });
});
