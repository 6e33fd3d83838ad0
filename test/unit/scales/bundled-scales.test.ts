import { describe, expect, it } from 'vitest';
import { bundledScales } from '../../../electron/backend/scales/bundled-scales';
import { scaleContentHash } from '../../../electron/backend/scales/content-hash';
import { shipped } from './shipped-scales';

const itemTexts = (id: string, language: 'zh-CN' | 'en') => shipped(id).items.map((item) => item.text[language]);

describe('the bundled scales', () => {
  it('are the eight that may ship, each with its content hash', () => {
    expect(bundledScales.map((scale) => scale.definition.id)).toEqual([
      'phq-9',
      'gad-7',
      'phq-2',
      'gad-2',
      'asq',
      'who-5',
      'k6',
      'k10',
    ]);
    for (const { definition, hash } of bundledScales) expect(hash).toBe(scaleContentHash(definition));
    expect(new Set(bundledScales.map((scale) => scale.hash)).size).toBe(8);
  });

  it('carry a licence text and citation each, and Harvard’s copyright line on K6 and K10', () => {
    for (const { definition } of bundledScales) {
      expect(definition.licence.text.length).toBeGreaterThan(10);
      expect(definition.licence.citation.length).toBeGreaterThan(10);
    }
    expect(shipped('k6').licence.copyright).toMatch(/Harvard/);
    expect(shipped('k10').licence.copyright).toMatch(/Harvard/);
    expect(shipped('who-5').licence.citation).toMatch(/World Health Organization/);
  });

  it('show Chinese only where an approved translation exists', () => {
    const approved = (id: string) => shipped(id).translations['zh-CN'].status;
    expect(['phq-9', 'gad-7', 'phq-2', 'gad-2'].map(approved)).toEqual([
      'approved',
      'approved',
      'approved',
      'approved',
    ]);
    expect(['asq', 'who-5', 'k6', 'k10'].map(approved)).toEqual(['missing', 'missing', 'missing', 'missing']);
    for (const id of ['asq', 'who-5', 'k6', 'k10'])
      expect(itemTexts(id, 'zh-CN').every((text) => text === undefined)).toBe(true);
  });

  it('hold the items of docs/scales.md, the two-item scales being the first two of their parent', () => {
    expect(itemTexts('phq-9', 'zh-CN')[8]).toBe('有不如死掉或用某种方式伤害自己的念头');
    expect(itemTexts('phq-9', 'en')[8]).toBe(
      'Thoughts that you would be better off dead or of hurting yourself in some way',
    );
    expect(itemTexts('gad-7', 'zh-CN')[6]).toBe('感到似乎将有可怕的事情发生而害怕');
    expect(itemTexts('phq-2', 'zh-CN')).toEqual(itemTexts('phq-9', 'zh-CN').slice(0, 2));
    expect(itemTexts('gad-2', 'en')).toEqual(itemTexts('gad-7', 'en').slice(0, 2));
    expect(itemTexts('asq', 'en')[4]).toBe('Are you having thoughts of killing yourself right now?');
    const k10 = itemTexts('k10', 'en');
    expect(itemTexts('k6', 'en')).toEqual([k10[1], k10[3], k10[4], k10[7], k10[8], k10[9]]);
    expect(shipped('asq').ageRange).toEqual({ min: 10, max: 21 });
  });

  it('score the options as published', () => {
    const values = (id: string) => shipped(id).optionSets[0]!.options.map((option) => option.value);
    expect(values('phq-9')).toEqual([0, 1, 2, 3]);
    expect(values('who-5')).toEqual([0, 1, 2, 3, 4, 5]);
    expect(values('k10')).toEqual([1, 2, 3, 4, 5]);
    expect(values('k6')).toEqual([0, 1, 2, 3, 4]);
    expect(shipped('gad-7').optionSets[0]!.options[0]!.label.en).toBe('Not at all');
  });

  it('keep PHQ-9 item 10 out of every score', () => {
    expect(shipped('phq-9').scores.flatMap((score) => score.items)).not.toContain('10');
  });
});
