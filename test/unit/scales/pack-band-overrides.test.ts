import { describe, expect, it } from 'vitest';
import { scaleContentHash } from '../../../electron/backend/scales/content-hash';
import { applyBandOverrides } from '../../../electron/backend/scales/pack-band-overrides';
import { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import { definitionInput } from './pack-fixtures';

describe('band overrides', () => {
  const original = ScaleDefinition.parse(definitionInput());
  const before = structuredClone(original);
  const bands = [
    { id: 'none', label: { 'zh-CN': '无' }, min: 0, max: 1, concern: 0 },
    { id: 'some', label: { 'zh-CN': '有' }, min: 2, max: 6, concern: 1 },
  ];

  it('replace the named score’s bands, which changes the content hash', () => {
    const effective = applyBandOverrides(original, [{ scoreId: 'total', bands }]);
    expect(effective.scores[0]?.bands).toEqual(bands);
    expect(ScaleDefinition.safeParse(effective).success).toBe(true);
    expect(scaleContentHash(effective)).not.toBe(scaleContentHash(original));
    expect({ ...effective, scores: [] }).toEqual({ ...original, scores: [] });
  });

  it('leave the original definition untouched', () => {
    const effective = applyBandOverrides(original, [{ scoreId: 'total', bands }]);
    effective.scores[0]?.bands.push(bands[0]!);
    expect(original).toEqual(before);
    expect(scaleContentHash(original)).toBe(scaleContentHash(before));
  });

  it('refuse a score the definition does not have', () => {
    expect(() => applyBandOverrides(original, [{ scoreId: 'anxiety', bands }])).toThrow(/no score anxiety/);
  });
});
