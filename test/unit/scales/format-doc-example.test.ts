import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scoreScale } from '../../../shared/domain/scales/score-scale';
import { ScaleDefinition } from '../../../shared/schemas/scale-definition';

/** The first JSON block of docs/scale-format.md: the complete example a district copies from. */
function documentedExample(): unknown {
  const page = readFileSync(new URL('../../../docs/scale-format.md', import.meta.url), 'utf8');
  const block = /```json\n([\s\S]*?)\n```/.exec(page)?.[1];
  if (block === undefined) throw new Error('docs/scale-format.md has no JSON example');
  return JSON.parse(block);
}

describe('the example in docs/scale-format.md', () => {
  const example = ScaleDefinition.safeParse(documentedExample());

  it('is a valid definition', () => {
    expect(example.error?.issues).toBeUndefined();
  });

  it('scores as the page says: item 2 reversed, 2a asked after item 1 ≥ 2, item 1 at 3 critical', () => {
    if (!example.success) throw example.error;
    expect(scoreScale(example.data, { '1': 3, '2': 0, '2a': 'no' })).toMatchObject({
      scores: [{ id: 'total', raw: 6, bandId: 'high' }],
      critical: [{ id: 'item-1', status: 'raised' }],
      complete: true,
      concern: 2,
    });
    expect(scoreScale(example.data, { '1': 1, '2': 3 })).toMatchObject({
      scores: [{ raw: 1, bandId: 'low' }],
      critical: [],
      complete: true,
    });
  });
});
