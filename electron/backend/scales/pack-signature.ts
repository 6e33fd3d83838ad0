import { type KeyObject, sign, verify } from 'node:crypto';
import { publicKeyFromRaw } from './district-key-ed25519';

/** Ed25519 over the exact payload bytes (Ed25519 hashes internally, hence the null algorithm). */
export function signPackPayload(payloadBytes: Uint8Array, privateKey: KeyObject): Buffer {
  return sign(null, payloadBytes, privateKey);
}

export function packSignatureHolds(payloadBytes: Uint8Array, signature: Uint8Array, rawPublicKey: Uint8Array): boolean {
  try {
    return verify(null, payloadBytes, publicKeyFromRaw(rawPublicKey), signature);
  } catch {
    // A key or signature OpenSSL cannot even decode is as bad as a wrong one.
    return false;
  }
}
