import { DistrictKeyFile, districtKeyFormat, maxDistrictKeyFileBytes } from '../../../shared/schemas/scale-pack';
import { publicKeyFromRaw } from './district-key-ed25519';
import { districtKeyFingerprint } from './district-key-fingerprint';
import { parseUntrusted, readJsonBytes } from './pack-json';
import { type PackRefusal, refuse } from './pack-refusal';

/**
 * The district's public key, as a school installs it once from `district-public-key.json`.
 *
 * - parseDistrictKeyFile(bytes): checks an untrusted key file (size cap 4 KB, JSON, schema, a
 *   usable Ed25519 key) and returns the key, or a `malformed` refusal with a safe detail.
 * - districtKey(district, rawPublicKey): the same value from stored parts, for a store that keeps
 *   the name and raw key rather than the file.
 * - districtKeyFileText(key): the file's text, as the district tool writes it.
 *
 * Show `formatFingerprint(key.fingerprint)` (district-key-fingerprint.ts) before installing, so
 * the counselor can compare it with the district by phone.
 */
export interface DistrictKey {
  district: string;
  /** The raw 32-byte Ed25519 public key. */
  publicKey: Buffer;
  /** SHA-256 of publicKey, 64 lowercase hex digits: what packs name their key by. */
  fingerprint: string;
}

export function districtKey(district: string, rawPublicKey: Uint8Array): DistrictKey {
  const publicKey = Buffer.from(rawPublicKey);
  return { district, publicKey, fingerprint: districtKeyFingerprint(publicKey) };
}

export function parseDistrictKeyFile(bytes: Uint8Array): { ok: true; key: DistrictKey } | PackRefusal<'malformed'> {
  const json = readJsonBytes(bytes, maxDistrictKeyFileBytes, 'The key file');
  if (!json.ok) return json;
  const file = parseUntrusted(DistrictKeyFile, json.value);
  if (!file.ok) return refuse('malformed', file.detail);
  const rawPublicKey = Buffer.from(file.value.publicKey, 'base64');
  try {
    publicKeyFromRaw(rawPublicKey);
  } catch {
    return refuse('malformed', 'publicKey: not an Ed25519 public key');
  }
  return { ok: true, key: districtKey(file.value.district, rawPublicKey) };
}

export function districtKeyFileText(key: DistrictKey): string {
  const file: DistrictKeyFile = {
    format: districtKeyFormat,
    formatVersion: 1,
    district: key.district,
    publicKey: key.publicKey.toString('base64'),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
