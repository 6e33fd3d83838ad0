import { type KeyObject, randomUUID } from 'node:crypto';
import {
  type ScalePackFile,
  type ScalePackPayload,
  type ScalePackSource,
  scalePackFormat,
} from '../../../shared/schemas/scale-pack';
import { rawPublicKey } from './district-key-ed25519';
import { districtKeyFingerprint } from './district-key-fingerprint';
import { signPackPayload } from './pack-signature';

/**
 * The district's side, used by the district tool (the app never signs): a source file becomes a
 * payload with a fresh id and time, and the payload's exact UTF-8 bytes are signed. Check the
 * result with verifyScalePack before handing it out.
 */

export function packPayload(source: ScalePackSource, issuedAt: Date = new Date()): ScalePackPayload {
  return { packId: randomUUID(), issuedAt: issuedAt.toISOString(), ...source };
}

/** The pack file's text, signed with the district's Ed25519 private key. */
export function signedPackText(payload: ScalePackPayload, privateKey: KeyObject): string {
  const payloadBytes = Buffer.from(JSON.stringify(payload), 'utf8');
  const file: ScalePackFile = {
    format: scalePackFormat,
    formatVersion: 1,
    keyFingerprint: districtKeyFingerprint(rawPublicKey(privateKey)),
    payload: payloadBytes.toString('base64'),
    signature: signPackPayload(payloadBytes, privateKey).toString('base64'),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
