import type { ScaleDefinitionInput } from '../../../shared/schemas/scale-definition';

export const en = (text: string) => ({ en: text });

/**
 * A small English-only definition that passes every check: three choice items on 0–3 (the
 * third reverse scored), a total 0–9 with two bands. Tests change one thing at a time.
 */
export function syntheticDefinition(): ScaleDefinitionInput {
  return {
    format: 1,
    id: 'synthetic',
    version: '1.0.0',
    title: en('Synthetic scale'),
    shortTitle: { en: 'Synthetic' },
    translations: { 'zh-CN': { status: 'missing' }, en: { status: 'approved', source: 'Test original' } },
    licence: { text: 'Test only', citation: 'Test only' },
    optionSets: [{ id: 'often', options: [0, 1, 2, 3].map((value) => ({ value, label: en(`option ${value}`) })) }],
    items: [
      { id: 'a', label: '1', kind: 'choice', optionSet: 'often', text: en('First') },
      { id: 'b', label: '2', kind: 'choice', optionSet: 'often', text: en('Second') },
      { id: 'c', label: '3', kind: 'choice', optionSet: 'often', text: en('Third'), reverse: true },
    ],
    scores: [
      {
        id: 'total',
        label: en('Total'),
        items: ['a', 'b', 'c'],
        direction: 'higherIsWorse',
        bands: [
          { id: 'low', label: en('Low'), min: 0, max: 4, concern: 0 },
          { id: 'high', label: en('High'), min: 5, max: 9, concern: 2 },
        ],
      },
    ],
  };
}
