import { createPublicKey, type KeyObject } from 'node:crypto';

/**
 * Raw Ed25519 public keys (the 32 bytes a key file carries) to and from node:crypto key objects.
 * Node reads a raw key only inside SPKI DER, which for Ed25519 is this fixed 12-byte prefix
 * (RFC 8410) followed by the key.
 */
const spkiPrefix = Buffer.from('302a300506032b6570032100', 'hex');
export const ed25519PublicKeyBytes = 32;

/** Throws when the bytes are not an Ed25519 public key. */
export function publicKeyFromRaw(rawPublicKey: Uint8Array): KeyObject {
  if (rawPublicKey.byteLength !== ed25519PublicKeyBytes) throw new Error('An Ed25519 public key is 32 bytes.');
  return createPublicKey({ key: Buffer.concat([spkiPrefix, rawPublicKey]), format: 'der', type: 'spki' });
}

/** The raw 32 bytes of an Ed25519 public key (or of the public half of a private key). */
export function rawPublicKey(key: KeyObject): Buffer {
  if (key.asymmetricKeyType !== 'ed25519') throw new Error('Not an Ed25519 key.');
  const publicKey = key.type === 'private' ? createPublicKey(key) : key;
  const der = publicKey.export({ type: 'spki', format: 'der' });
  const prefix = der.subarray(0, spkiPrefix.byteLength);
  if (der.byteLength !== spkiPrefix.byteLength + ed25519PublicKeyBytes || !prefix.equals(spkiPrefix)) {
    throw new Error('Unexpected Ed25519 public key encoding.');
  }
  return der.subarray(spkiPrefix.byteLength);
}
