import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { districtKey, type DistrictKey } from '../../../electron/backend/scales/district-key';
import { rawPublicKey } from '../../../electron/backend/scales/district-key-ed25519';
import { districtKeyFingerprint } from '../../../electron/backend/scales/district-key-fingerprint';
import { scaleContentHash } from '../../../electron/backend/scales/content-hash';
import type { KnownScale } from '../../../electron/backend/scales/pack-contents';
import { signPackPayload } from '../../../electron/backend/scales/pack-signature';
import { ScaleDefinition, type ScaleDefinitionInput } from '../../../shared/schemas/scale-definition';
import type { ScalePackPayload } from '../../../shared/schemas/scale-pack';

/** A district's key pair: the private half signs, `key` is what a school installs. */
export function newDistrict(name = '和平区心理健康教育中心'): { privateKey: KeyObject; key: DistrictKey } {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519');
  return { privateKey, key: districtKey(name, rawPublicKey(publicKey)) };
}

const text = (en: string) => ({ 'zh-CN': `${en}（中文）`, en });

/** A two-item scale scoring 0–6, small enough to read in a test. */
export function definitionInput(id = 'mood-2', version = '1.0.0'): ScaleDefinitionInput {
  return {
    format: 1,
    id,
    version,
    title: text('Two mood questions'),
    shortTitle: { 'zh-CN': '情绪二题', en: 'Mood-2' },
    translations: {
      'zh-CN': { status: 'approved', source: 'Test translation' },
      en: { status: 'approved', source: 'Test original' },
    },
    licence: { text: 'Test only', citation: 'Test only' },
    optionSets: [
      {
        id: 'frequency',
        options: [0, 1, 2, 3].map((value) => ({ value, label: text(`option ${value}`) })),
      },
    ],
    items: [
      { id: '1', label: '1', kind: 'choice', optionSet: 'frequency', text: text('Feeling down') },
      { id: '2', label: '2', kind: 'choice', optionSet: 'frequency', text: text('Little interest') },
    ],
    scores: [
      {
        id: 'total',
        label: text('Total'),
        items: ['1', '2'],
        direction: 'higherIsWorse',
        bands: [
          { id: 'low', label: text('Low'), min: 0, max: 2, concern: 0 },
          { id: 'high', label: text('High'), min: 3, max: 6, concern: 2 },
        ],
      },
    ],
  };
}

export function known(input: ScaleDefinitionInput): KnownScale {
  const definition = ScaleDefinition.parse(input);
  return { definition, hash: scaleContentHash(definition) };
}

/** The app's shipped scales, for these tests. */
export const bundled: KnownScale[] = [known(definitionInput('mood-2')), known(definitionInput('worry-2'))];

export function payload(overrides: Partial<ScalePackPayload> = {}): ScalePackPayload {
  return {
    packId: '0193a2b4-7c5d-7e6f-8a9b-0c1d2e3f4a5b',
    district: '和平区心理健康教育中心',
    issuedAt: '2026-09-01T08:00:00.000Z',
    sequence: 1,
    approved: [],
    definitions: [],
    bandOverrides: [],
    ...overrides,
  };
}

/** Signs any bytes as a pack, so tests can sign payloads the district tool would never write. */
export function packBytes(content: unknown, privateKey: KeyObject): Buffer {
  const payloadBytes = Buffer.from(typeof content === 'string' ? content : JSON.stringify(content), 'utf8');
  return Buffer.from(
    JSON.stringify({
      format: 'xinqing-scale-pack',
      formatVersion: 1,
      keyFingerprint: districtKeyFingerprint(rawPublicKey(privateKey)),
      payload: payloadBytes.toString('base64'),
      signature: signPackPayload(payloadBytes, privateKey).toString('base64'),
    }),
  );
}
