import { createHash } from 'node:crypto';

/**
 * A district key's fingerprint: SHA-256 of the raw 32-byte Ed25519 public key. Packs carry it as
 * 64 lowercase hex digits; people compare it by phone in the grouped form below.
 */
export function districtKeyFingerprint(rawPublicKey: Uint8Array): string {
  return createHash('sha256').update(rawPublicKey).digest('hex');
}

/** `3F2A 9C01 …`: 16 groups of 4 uppercase hex digits, easy to read aloud and compare. */
export function formatFingerprint(fingerprint: string): string {
  return (fingerprint.toUpperCase().match(/.{1,4}/g) ?? []).join(' ');
}
