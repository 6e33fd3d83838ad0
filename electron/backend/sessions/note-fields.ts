import type { NoteTemplate } from '../../../shared/schemas/session-catalog';
import type { NoteContent } from '../../../shared/schemas/sessions';
import type { NoteField } from './search-snippet';
import { fieldSeparatorToken, indexTokens } from './search-tokens';

/**
 * The searchable text of a note in the order it is shown: the template's sections, any section
 * the template lacks (a draft may hold one), the plan, the appointment's note.
 */
export function noteFields(content: NoteContent, template: NoteTemplate): NoteField[] {
  const known = new Set(template.sections.map((section) => section.key));
  const sections: NoteField[] = [
    ...template.sections.map((section) => ({
      field: { kind: 'section' as const, key: section.key, labelZh: section.labelZh, labelEn: section.labelEn },
      text: content.sections[section.key] ?? '',
    })),
    ...Object.entries(content.sections)
      .filter(([key]) => !known.has(key))
      .map(([key, text]) => ({ field: { kind: 'section' as const, key, labelZh: null, labelEn: null }, text })),
  ];
  return [
    ...sections,
    { field: { kind: 'plan' }, text: content.plan },
    { field: { kind: 'appointment' }, text: content.nextAppointment?.note ?? '' },
  ];
}

/** What the search index stores for a note: each field's tokens, fields kept apart by a separator. */
export function searchDocument(fields: NoteField[]): string {
  return fields
    .map((field) => indexTokens(field.text).map((token) => token.text))
    .filter((tokens) => tokens.length > 0)
    .map((tokens) => tokens.join(' '))
    .join(` ${fieldSeparatorToken} `);
}
