import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { ScalePackSource } from '../../../shared/schemas/scale-pack';
import { bundledScales } from '../../../electron/backend/scales/bundled-scales';
import { districtKey, districtKeyFileText } from '../../../electron/backend/scales/district-key';
import { rawPublicKey } from '../../../electron/backend/scales/district-key-ed25519';
import { packPayload, signedPackText } from '../../../electron/backend/scales/pack-signing';

/** A district as its signing tool sees it: a fresh Ed25519 key pair and the public key file it hands out. */
export interface TestDistrict {
  name: string;
  privateKey: KeyObject;
  /** 64 lowercase hex digits. */
  fingerprint: string;
  /** The public key file as the contract carries it. */
  keyFile: { fileName: string; content: string };
}

export function newDistrict(name = '和平区心理健康教育中心'): TestDistrict {
  const { privateKey } = generateKeyPairSync('ed25519');
  const key = districtKey(name, rawPublicKey(privateKey));
  return {
    name,
    privateKey,
    fingerprint: key.fingerprint,
    keyFile: {
      fileName: 'district-public-key.json',
      content: Buffer.from(districtKeyFileText(key)).toString('base64'),
    },
  };
}

/** The fingerprint as the screen shows it and the counselor confirms it: `3F2A 9C01 …`. */
export function groupedFingerprint(fingerprint: string): string {
  return (fingerprint.toUpperCase().match(/.{4}/g) ?? []).join(' ');
}

export function bundled(id: string): { definition: ScaleDefinition; hash: string } {
  const scale = bundledScales.find((candidate) => candidate.definition.id === id);
  if (!scale) throw new Error(`no shipped scale ${id}`);
  return scale;
}

/** An approval of a shipped scale, by identifier, version and hash. */
export function approval(id: string) {
  const { definition, hash } = bundled(id);
  return { id, version: definition.version, hash };
}

/** A signed pack file as the contract carries it; by default it approves PHQ-9 and GAD-7 only. */
export function packFile(
  district: TestDistrict,
  source: Partial<ScalePackSource> = {},
  signer: KeyObject = district.privateKey,
): { fileName: string; content: string } {
  const payload = packPayload({
    district: district.name,
    sequence: 1,
    approved: [approval('phq-9'), approval('gad-7')],
    definitions: [],
    bandOverrides: [],
    ...source,
  });
  return { fileName: 'scales.xqpack', content: Buffer.from(signedPackText(payload, signer)).toString('base64') };
}

/** The same pack with its payload changed after signing. */
export function tampered(
  file: { fileName: string; content: string },
  change: (payload: Record<string, unknown>) => void,
) {
  const pack = JSON.parse(Buffer.from(file.content, 'base64').toString('utf8')) as { payload: string };
  const payload = JSON.parse(Buffer.from(pack.payload, 'base64').toString('utf8')) as Record<string, unknown>;
  change(payload);
  pack.payload = Buffer.from(JSON.stringify(payload)).toString('base64');
  return { ...file, content: Buffer.from(JSON.stringify(pack)).toString('base64') };
}
