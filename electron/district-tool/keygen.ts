import { generateKeyPairSync } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { DistrictName } from '../../shared/schemas/scale-pack';
import { districtKey, districtKeyFileText } from '../backend/scales/district-key';
import { rawPublicKey } from '../backend/scales/district-key-ed25519';
import { formatFingerprint } from '../backend/scales/district-key-fingerprint';
import { ToolError } from './tool-error';
import { writeNewFile } from './tool-files';

export const privateKeyFileName = 'district-private-key.pem';
export const publicKeyFileName = 'district-public-key.json';

/** Creates the district's Ed25519 key pair in `folder`; never replaces an existing key. */
export function keygen(district: string, folder: string): void {
  const name = DistrictName.safeParse(district);
  if (!name.success) throw new ToolError('--district must be a name of 1 to 100 characters on one line.', 2);
  const privatePath = join(folder, privateKeyFileName);
  const publicPath = join(folder, publicKeyFileName);
  // Checked before anything is written, so a refusal leaves no half of a new pair behind.
  for (const path of [privatePath, publicPath]) {
    if (existsSync(path)) throw new ToolError(`${path} already exists; the tool never overwrites a key.`);
  }
  mkdirSync(folder, { recursive: true, mode: 0o700 });

  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  const key = districtKey(name.data, rawPublicKey(publicKey));
  writeNewFile(privatePath, privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(), 0o600);
  writeNewFile(publicPath, districtKeyFileText(key));

  console.log(`Created the key of ${key.district}:`);
  console.log(`  private key: ${privatePath}`);
  console.log(`  public key:  ${publicPath}`);
  console.log(`Fingerprint: ${formatFingerprint(key.fingerprint)}`);
  console.log('');
  console.log('Send the public key file to the schools. When a school installs it, Xinqing shows this');
  console.log('fingerprint: confirm it with them by phone, group by group.');
  console.log('');
  console.log('Keep the private key offline (a USB stick in a locked drawer, with a second copy), and never');
  console.log('send it to anyone: whoever holds it can approve scales for every school of the district.');
}
