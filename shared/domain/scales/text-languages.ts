import type { ScaleDefinition } from '../../schemas/scale-definition';
import type { DefinitionIssue } from './definition-issue';

type Language = keyof ScaleDefinition['translations'];
type Texts = Partial<Record<Language, string>>;
type Located = { path: (string | number)[]; text: Texts };

/** What a student reads. */
function formTexts(definition: ScaleDefinition): Located[] {
  return [
    { path: ['title'], text: definition.title },
    ...(definition.instructions === undefined ? [] : [{ path: ['instructions'], text: definition.instructions }]),
    ...definition.optionSets.flatMap((set, setIndex) =>
      set.options.map((option, index) => ({
        path: ['optionSets', setIndex, 'options', index, 'label'],
        text: option.label,
      })),
    ),
    ...definition.items.map((item, index) => ({ path: ['items', index, 'text'], text: item.text })),
  ];
}

/**
 * The form text carries every approved language and none marked missing: a student may only
 * ever see an approved translation. Labels of results (short title, scores, bands, outcomes,
 * critical rules) are the app's and the district's own words for the counselor, not the
 * instrument's, so they are not held to the translation notes: a district may word its
 * cut-offs in Chinese only, and a scale without an approved Chinese text still gets Chinese
 * result labels.
 */
export function textLanguageIssues(definition: ScaleDefinition): DefinitionIssue[] {
  const languages = Object.keys(definition.translations) as Language[];
  const approved = languages.filter((language) => definition.translations[language].status === 'approved');
  const missing = languages.filter((language) => definition.translations[language].status === 'missing');
  if (approved.length === 0) return [{ path: ['translations'], message: 'at least one language must be approved' }];

  return formTexts(definition).flatMap(({ path, text }) => [
    ...approved
      .filter((language) => text[language] === undefined)
      .map((language) => ({ path, message: `needs ${language} text: that translation is approved` })),
    ...missing
      .filter((language) => text[language] !== undefined)
      .map((language) => ({ path, message: `carries ${language} text, but that translation is marked missing` })),
  ]);
}
