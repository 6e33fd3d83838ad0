import { createPrivateKey, type KeyObject } from 'node:crypto';
import { maxScalePackFileBytes, ScalePackSource } from '../../shared/schemas/scale-pack';
import { bundledScales } from '../backend/scales/bundled-scales';
import { districtKey } from '../backend/scales/district-key';
import { rawPublicKey } from '../backend/scales/district-key-ed25519';
import { parseUntrusted, readJsonBytes } from '../backend/scales/pack-json';
import { packPayload, signedPackText } from '../backend/scales/pack-signing';
import { verifyScalePack } from '../backend/scales/pack-verification';
import { packSummary } from './pack-summary';
import { refusalText } from './refusal-text';
import { ToolError } from './tool-error';
import { readCapped, writeNewFile } from './tool-files';

const maxPrivateKeyFileBytes = 4 * 1024;

/**
 * Signs a pack source and writes the pack only if the app's own verification accepts it,
 * checked against the public half of the same key: what the district hands out is what
 * schools will install.
 */
export function sign(privateKeyPath: string, sourcePath: string, packPath: string): void {
  const privateKey = readPrivateKey(privateKeyPath);
  const source = readSource(sourcePath);
  const text = signedPackText(packPayload(source), privateKey);
  const key = districtKey(source.district, rawPublicKey(privateKey));
  const verification = verifyScalePack(Buffer.from(text, 'utf8'), key, bundledScales);
  if (!verification.ok) throw new ToolError(`${refusalText(verification)}\nNo pack was written.`);
  writeNewFile(packPath, text);
  console.log(`Wrote ${packPath}`);
  console.log(packSummary(verification.pack));
}

function readPrivateKey(path: string): KeyObject {
  const bytes = readCapped(path, maxPrivateKeyFileBytes);
  if (bytes.byteLength > maxPrivateKeyFileBytes) throw new ToolError(`${path} is too large to be a private key.`);
  let key: KeyObject;
  try {
    key = createPrivateKey({ key: bytes, format: 'pem' });
  } catch {
    throw new ToolError(`${path} is not a private key in PEM format.`);
  }
  if (key.asymmetricKeyType !== 'ed25519') throw new ToolError(`${path} is not an Ed25519 key.`);
  return key;
}

function readSource(path: string): ScalePackSource {
  const json = readJsonBytes(readCapped(path, maxScalePackFileBytes), maxScalePackFileBytes, 'The pack source');
  if (!json.ok) throw new ToolError(`${path}: ${json.detail ?? 'cannot be read'}.`);
  const source = parseUntrusted(ScalePackSource, json.value);
  if (!source.ok) {
    throw new ToolError(
      `${path} is not a valid pack source: ${source.detail}\n(packId and issuedAt are added by the tool.)`,
    );
  }
  return source.value;
}
