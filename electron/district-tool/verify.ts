import { maxDistrictKeyFileBytes, maxScalePackFileBytes } from '../../shared/schemas/scale-pack';
import { bundledScales } from '../backend/scales/bundled-scales';
import { type DistrictKey, parseDistrictKeyFile } from '../backend/scales/district-key';
import { formatFingerprint } from '../backend/scales/district-key-fingerprint';
import { verifyScalePack } from '../backend/scales/pack-verification';
import { packSummary } from './pack-summary';
import { refusalText } from './refusal-text';
import { ToolError } from './tool-error';
import { readCapped } from './tool-files';

/** Checks a pack exactly as a school's Xinqing of this version would, with the given public key. */
export function verify(keyPath: string, packPath: string): void {
  const key = readPublicKey(keyPath);
  const verification = verifyScalePack(readCapped(packPath, maxScalePackFileBytes), key, bundledScales);
  if (!verification.ok) throw new ToolError(refusalText(verification));
  console.log(`The pack verifies with the key of ${key.district}.`);
  console.log(packSummary(verification.pack));
}

export function fingerprint(keyPath: string): void {
  const key = readPublicKey(keyPath);
  console.log(`District: ${key.district}`);
  console.log(`Fingerprint: ${formatFingerprint(key.fingerprint)}`);
}

function readPublicKey(path: string): DistrictKey {
  const parsed = parseDistrictKeyFile(readCapped(path, maxDistrictKeyFileBytes));
  if (!parsed.ok) throw new ToolError(`${path} is not a district public key file.\n  Where: ${parsed.detail ?? '—'}`);
  return parsed.key;
}
