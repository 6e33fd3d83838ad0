import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { scaleContentHash } from '../../../electron/backend/scales/content-hash';
import { canonicalJson } from '../../../shared/domain/scales/canonical-json';
import { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import { reversedKeys } from './reversed-keys';

const file = (name: string): unknown =>
  JSON.parse(readFileSync(new URL(`../../../resources/scales/${name}`, import.meta.url), 'utf8'));

describe('the scale content hash', () => {
  const phq9 = ScaleDefinition.parse(file('phq-9.json'));

  it('is the lowercase hex SHA-256 of the canonical JSON', () => {
    const hash = scaleContentHash(phq9);
    expect(hash).toMatch(/^[0-9a-f]{64}$/);
    expect(hash).toBe(createHash('sha256').update(canonicalJson(phq9), 'utf8').digest('hex'));
  });

  it('is the same for the same content, however its keys are ordered', () => {
    expect(scaleContentHash(ScaleDefinition.parse(file('phq-9.json')))).toBe(scaleContentHash(phq9));
    expect(scaleContentHash(ScaleDefinition.parse(reversedKeys(file('phq-9.json'))))).toBe(scaleContentHash(phq9));
  });

  it('is the same whether defaults were written out or left to the schema', () => {
    const explicit = file('gad-7.json') as { items: Record<string, unknown>[] };
    for (const item of explicit.items) item.reverse = false;
    expect(scaleContentHash(ScaleDefinition.parse(explicit))).toBe(
      scaleContentHash(ScaleDefinition.parse(file('gad-7.json'))),
    );
  });

  it('changes with one changed character', () => {
    const changed = structuredClone(phq9);
    changed.items[8]!.text.en = `${changed.items[8]!.text.en}.`;
    expect(scaleContentHash(changed)).not.toBe(scaleContentHash(phq9));
    const band = structuredClone(phq9);
    band.scores[0]!.bands[0]!.concern = 1;
    expect(scaleContentHash(band)).not.toBe(scaleContentHash(phq9));
  });
});
