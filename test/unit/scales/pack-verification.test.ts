import { describe, expect, it } from 'vitest';
import { packPayload, signedPackText } from '../../../electron/backend/scales/pack-signing';
import { verifyScalePack } from '../../../electron/backend/scales/pack-verification';
import type { ScaleDefinitionInput } from '../../../shared/schemas/scale-definition';
import { maxScalePackFileBytes, type ScalePackPayload } from '../../../shared/schemas/scale-pack';
import { bundled, definitionInput, known, newDistrict, packBytes, payload } from './pack-fixtures';

const district = newDistrict();
const mood = bundled[0]!;
const worry = bundled[1]!;
const approveMood = { id: 'mood-2', version: '1.0.0', hash: mood.hash };

function verify(content: unknown, signer = district) {
  return verifyScalePack(packBytes(content, signer.privateKey), district.key, bundled);
}

/** The pack file as JSON, to alter one field and serialise it again. */
function packFile(content: ScalePackPayload) {
  return JSON.parse(packBytes(content, district.privateKey).toString()) as Record<string, string>;
}

function flipByte(base64: string, index: number): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[index] = bytes[index]! ^ 0x01;
  return bytes.toString('base64');
}

describe('a signed scale pack', () => {
  it('verifies with the installed key and lists what it approves', () => {
    const source = {
      district: '和平区心理健康教育中心',
      sequence: 3,
      approved: [approveMood],
      definitions: [definitionInput('sleep-2')],
      bandOverrides: [],
      note: '2026 学年',
    };
    const text = signedPackText(packPayload(source), district.privateKey);
    const result = verifyScalePack(Buffer.from(text), district.key, bundled);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.pack).toMatchObject({ district: '和平区心理健康教育中心', sequence: 3, note: '2026 学年' });
    expect(result.pack.keyFingerprint).toBe(district.key.fingerprint);
    const sleep = known(definitionInput('sleep-2'));
    expect(result.pack.scales).toEqual([
      { definition: mood.definition, hash: mood.hash, baseHash: mood.hash, origin: 'bundled', overridden: false },
      { definition: sleep.definition, hash: sleep.hash, baseHash: sleep.hash, origin: 'district', overridden: false },
    ]);
  });

  it('refuses a payload or signature with one byte changed', () => {
    const file = packFile(payload({ approved: [approveMood] }));
    const payloadChanged = { ...file, payload: flipByte(file.payload!, 10) };
    const signatureChanged = { ...file, signature: flipByte(file.signature!, 5) };
    for (const changed of [payloadChanged, signatureChanged]) {
      expect(verifyScalePack(Buffer.from(JSON.stringify(changed)), district.key, bundled)).toEqual({
        ok: false,
        reason: 'badSignature',
      });
    }
  });

  it('refuses a pack signed with another key, naming that key', () => {
    const other = newDistrict('另一个区');
    const result = verify(payload({ approved: [approveMood] }), other);
    expect(result).toMatchObject({ ok: false, reason: 'unknownKey' });
    expect(result.ok ? '' : result.detail).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
  });

  it('refuses another key claiming the installed key’s fingerprint as a bad signature', () => {
    const other = newDistrict();
    const forged = {
      ...packFile(payload()),
      signature: JSON.parse(packBytes(payload(), other.privateKey).toString()).signature,
    };
    const result = verifyScalePack(Buffer.from(JSON.stringify(forged)), district.key, bundled);
    expect(result).toEqual({ ok: false, reason: 'badSignature' });
  });

  it('refuses files that are not packs as malformed', () => {
    const file = packFile(payload());
    const cases: [Buffer, RegExp][] = [
      [Buffer.from('{"format": "xinqing-scale-pack", '), /not JSON/],
      [Buffer.from([0xff, 0xfe, 0x7b, 0x7d]), /not UTF-8/],
      [Buffer.from(JSON.stringify({ ...file, format: 'xinqing-district-key' })), /^format/],
      [Buffer.from(JSON.stringify({ ...file, formatVersion: 2 })), /newer version/],
      [Buffer.from(JSON.stringify({ ...file, extra: 1 })), /extra/],
      [Buffer.from(JSON.stringify({ ...file, payload: '%%%' })), /^payload/],
      [Buffer.alloc(maxScalePackFileBytes + 1, 0x20), /larger than 2 MB/],
    ];
    for (const [bytes, detail] of cases) {
      const result = verifyScalePack(bytes, district.key, bundled);
      expect(result).toMatchObject({ ok: false, reason: 'malformed' });
      expect(result.ok ? '' : result.detail).toMatch(detail);
    }
  });

  it('refuses a signed payload that is not JSON or not the payload format as malformed', () => {
    expect(verify('not json')).toMatchObject({ ok: false, reason: 'malformed', detail: 'The payload is not JSON' });
    const withoutSequence: Partial<ScalePackPayload> = payload();
    delete withoutSequence.sequence;
    expect(verify(withoutSequence)).toMatchObject({
      ok: false,
      reason: 'malformed',
      detail: expect.stringMatching(/^payload\.sequence/),
    });
    expect(verify(payload({ sequence: 0 }))).toMatchObject({ ok: false, reason: 'malformed' });
  });

  it('refuses a new definition that fails the definition format, naming it', () => {
    const broken: ScaleDefinitionInput = { ...definitionInput('sleep-2'), items: [] };
    expect(verify(payload({ definitions: [definitionInput('calm-2'), broken] }))).toEqual({
      ok: false,
      reason: 'invalidDefinition',
      detail: expect.stringMatching(/^definitions\.1 \(sleep-2\): items/),
    });
    const crossReference = definitionInput('sleep-2');
    crossReference.scores![0]!.items = ['1', '9'];
    expect(verify(payload({ definitions: [crossReference] }))).toMatchObject({
      ok: false,
      reason: 'invalidDefinition',
    });
  });

  it('refuses absurdly deep conditions as an invalid definition instead of crashing', () => {
    const depth = 100_000;
    const condition = `${'{"not":'.repeat(depth)}{"unanswered":"1"}${'}'.repeat(depth)}`;
    const deep = {
      ...definitionInput('deep-2'),
      critical: [{ id: 'c', label: { en: 'c' }, items: ['1'], when: 'DEEP' }],
    };
    const text = JSON.stringify(payload({ definitions: [deep] })).replace('"DEEP"', condition);
    expect(verify(text)).toEqual({
      ok: false,
      reason: 'invalidDefinition',
      detail: 'definitions.0 (deep-2): nested too deeply',
    });
  });

  it('refuses an approval of a hash the app does not know, or of another scale’s hash', () => {
    const unknownHash = { ...approveMood, hash: 'a'.repeat(64) };
    expect(verify(payload({ approved: [unknownHash] }))).toEqual({
      ok: false,
      reason: 'unknownApproval',
      detail: 'approved.0 (mood-2): no shipped scale or pack definition has this hash',
    });
    const wrongId = { ...approveMood, hash: worry.hash };
    expect(verify(payload({ approved: [wrongId] }))).toMatchObject({ ok: false, reason: 'unknownApproval' });
    const wrongVersion = { ...approveMood, version: '2.0' };
    expect(verify(payload({ approved: [wrongVersion] }))).toMatchObject({ ok: false, reason: 'unknownApproval' });
  });

  it('refuses two versions of one scale', () => {
    const newer = definitionInput('mood-2', '1.1.0');
    expect(verify(payload({ approved: [approveMood], definitions: [newer] }))).toMatchObject({
      ok: false,
      reason: 'malformed',
      detail: expect.stringContaining('two versions'),
    });
  });

  it('applies band overrides: a new hash for the effective definition, the base hash kept', () => {
    const bands = [
      { id: 'low', label: { en: 'Low' }, min: 0, max: 3, concern: 0 },
      { id: 'high', label: { en: 'High' }, min: 4, max: 6, concern: 2 },
    ];
    const result = verify(
      payload({
        approved: [approveMood],
        bandOverrides: [{ scaleId: 'mood-2', hash: mood.hash, scoreId: 'total', bands }],
      }),
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [scale] = result.pack.scales;
    expect(scale).toMatchObject({ baseHash: mood.hash, origin: 'bundled', overridden: true });
    expect(scale?.hash).not.toBe(mood.hash);
    expect(scale?.definition.scores[0]?.bands).toEqual(bands);
  });

  it('refuses overrides that leave a gap, name no approved scale or score, or repeat', () => {
    const override = {
      scaleId: 'mood-2',
      hash: mood.hash,
      scoreId: 'total',
      bands: [
        { id: 'low', label: { en: 'Low' }, min: 0, max: 2, concern: 0 },
        { id: 'high', label: { en: 'High' }, min: 4, max: 6, concern: 2 },
      ],
    };
    const cases = [
      override,
      { ...override, hash: worry.hash, scaleId: 'worry-2' },
      { ...override, scaleId: 'worry-2' },
      { ...override, scoreId: 'subscale' },
    ];
    for (const bandOverride of cases) {
      expect(verify(payload({ approved: [approveMood], bandOverrides: [bandOverride] }))).toMatchObject({
        ok: false,
        reason: 'invalidOverride',
      });
    }
    expect(verify(payload({ approved: [approveMood], bandOverrides: [override] }))).toMatchObject({
      detail: expect.stringMatching(/^bandOverrides\.0 \(mood-2, total\): .*value 3/),
    });
    const valid = { ...override, bands: definitionInput().scores![0]!.bands! };
    expect(verify(payload({ approved: [approveMood], bandOverrides: [valid, valid] }))).toMatchObject({
      ok: false,
      reason: 'invalidOverride',
      detail: expect.stringContaining('overridden twice'),
    });
  });
});
