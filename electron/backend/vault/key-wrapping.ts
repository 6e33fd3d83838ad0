import { createCipheriv, createDecipheriv, hkdf, randomBytes, scrypt } from 'node:crypto';
import type { Slot } from './vault-file';

export const dataKeyBytes = 32;
/** scrypt N=2^17, r=8, p=1: memory-hard, about 0.7 s here; stored per slot so it can be raised. */
export const defaultScrypt = { N: 2 ** 17, r: 8, p: 1 } as const;
export const recoveryInfo = 'xinqing/recovery-slot/v1';

type SlotKdf = Slot['kdf'];

/** The associated data every slot is bound to: format version, slot id and database id. */
export function slotAssociatedData(slotId: string, databaseId: string): Buffer {
  return Buffer.from(`xinqing-vault/v1/${slotId}/${databaseId}`, 'utf8');
}

export function newPassphraseKdf(parameters: { N: number; r: number; p: number } = defaultScrypt): SlotKdf {
  return { name: 'scrypt', ...parameters, salt: randomBytes(16).toString('base64') };
}

export function newRecoveryKdf(): SlotKdf {
  return { name: 'hkdf-sha256', salt: randomBytes(16).toString('base64'), info: recoveryInfo };
}

/** Derives the 32-byte wrapping key of a slot from the secret's bytes. The caller zeroes both. */
export function deriveWrappingKey(kdf: SlotKdf, secret: Buffer): Promise<Buffer> {
  const salt = Buffer.from(kdf.salt, 'base64');
  if (kdf.name === 'scrypt') {
    const { N, r, p } = kdf;
    return new Promise((resolve, reject) => {
      scrypt(secret, salt, 32, { N, r, p, maxmem: 256 * N * r + 1024 * 1024 }, (error, key) =>
        error ? reject(error) : resolve(key),
      );
    });
  }
  return new Promise((resolve, reject) => {
    hkdf('sha256', secret, salt, kdf.info, 32, (error, key) => (error ? reject(error) : resolve(Buffer.from(key))));
  });
}

export interface WrappedKey {
  nonce: string;
  ciphertext: string;
  tag: string;
}

export function wrapKey(dataKey: Buffer, wrappingKey: Buffer, associatedData: Buffer): WrappedKey {
  const nonce = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', wrappingKey, nonce);
  cipher.setAAD(associatedData);
  const ciphertext = Buffer.concat([cipher.update(dataKey), cipher.final()]);
  return {
    nonce: nonce.toString('base64'),
    ciphertext: ciphertext.toString('base64'),
    tag: cipher.getAuthTag().toString('base64'),
  };
}

/** The data key, or null when the wrapping key is wrong (the tag does not verify). */
export function unwrapKey(wrapped: WrappedKey, wrappingKey: Buffer, associatedData: Buffer): Buffer | null {
  const decipher = createDecipheriv('aes-256-gcm', wrappingKey, Buffer.from(wrapped.nonce, 'base64'));
  decipher.setAAD(associatedData);
  decipher.setAuthTag(Buffer.from(wrapped.tag, 'base64'));
  const first = decipher.update(Buffer.from(wrapped.ciphertext, 'base64'));
  try {
    const last = decipher.final();
    const key = Buffer.concat([first, last]);
    first.fill(0);
    return key.length === dataKeyBytes ? key : null;
  } catch {
    first.fill(0);
    return null;
  }
}
