import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { rawKeyLiteral } from '../../../electron/backend/database/open-database';
import {
  deriveWrappingKey,
  newRecoveryKdf,
  slotAssociatedData,
  unwrapKey,
  wrapKey,
} from '../../../electron/backend/vault/key-wrapping';

describe('wrapping the data key', () => {
  const dataKey = randomBytes(32);
  const wrappingKey = randomBytes(32);

  it('unwraps with the same key and associated data only', () => {
    const wrapped = wrapKey(dataKey, wrappingKey, slotAssociatedData('slot-1', 'db-1'));
    expect(unwrapKey(wrapped, wrappingKey, slotAssociatedData('slot-1', 'db-1'))?.equals(dataKey)).toBe(true);
    expect(unwrapKey(wrapped, randomBytes(32), slotAssociatedData('slot-1', 'db-1'))).toBeNull();
    expect(unwrapKey(wrapped, wrappingKey, slotAssociatedData('slot-2', 'db-1'))).toBeNull();
    expect(unwrapKey(wrapped, wrappingKey, slotAssociatedData('slot-1', 'db-2'))).toBeNull();
  });

  it('detects a changed ciphertext', () => {
    const wrapped = wrapKey(dataKey, wrappingKey, slotAssociatedData('s', 'd'));
    const bytes = Buffer.from(wrapped.ciphertext, 'base64');
    bytes[0] = bytes[0]! ^ 1;
    expect(
      unwrapKey({ ...wrapped, ciphertext: bytes.toString('base64') }, wrappingKey, slotAssociatedData('s', 'd')),
    ).toBeNull();
  });

  it('derives recovery wrapping keys with HKDF-SHA256 that differ per salt', async () => {
    const code = randomBytes(16);
    const first = await deriveWrappingKey(newRecoveryKdf(), code);
    const second = await deriveWrappingKey(newRecoveryKdf(), code);
    expect(first.length).toBe(32);
    expect(first.equals(second)).toBe(false);
  });

  it("writes the raw key as SQLCipher's x'…' literal without a string", () => {
    const key = Buffer.from('00ff10ab'.repeat(8), 'hex');
    expect(rawKeyLiteral(key).toString('latin1')).toBe(`x'${'00ff10ab'.repeat(8)}'`);
  });
});
