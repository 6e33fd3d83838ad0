import type { NoteTemplate } from '../../../shared/schemas/session-catalog';
import { FinalNoteContent, type NoteContent } from '../../../shared/schemas/sessions';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { findTemplate, knownCategoryCodes } from './catalog-repository';

/**
 * The stored form of a note's content: JSON with the sections in key order, so the same
 * content is always the same text and a repeated save can be recognised.
 */
export function serializeContent(content: NoteContent): string {
  const sections = Object.fromEntries(Object.entries(content.sections).sort(([a], [b]) => (a < b ? -1 : 1)));
  return JSON.stringify({ ...content, sections });
}

/** Content read back from the database, where only validated content is ever written. */
export function parseContent(stored: string): NoteContent {
  return JSON.parse(stored) as NoteContent;
}

export function requireTemplate(connection: Connection, content: NoteContent): NoteTemplate {
  const template = findTemplate(connection, content.template.key, content.template.version);
  if (!template) throw new BackendError('VALIDATION_FAILED', 'Invalid fields: content.template');
  return template;
}

/**
 * What finalising and amending check: the fields a signed note needs (NOTE_INCOMPLETE names
 * them), sections of its template only, and categories that exist.
 */
export function checkFinalContent(connection: Connection, content: NoteContent): FinalNoteContent {
  const complete = FinalNoteContent.safeParse(content);
  if (!complete.success) {
    const fields = [...new Set(complete.error.issues.map((issue) => issue.path.join('.')))];
    throw new BackendError('NOTE_INCOMPLETE', `Fields to complete: ${fields.join(', ')}`.slice(0, 500));
  }
  const template = requireTemplate(connection, content);
  const sectionKeys = new Set(template.sections.map((section) => section.key));
  if (Object.keys(content.sections).some((key) => !sectionKeys.has(key))) {
    throw new BackendError('VALIDATION_FAILED', 'Invalid fields: content.sections (not in the template)');
  }
  const known = knownCategoryCodes(connection, content.categories);
  if (content.categories.some((code) => !known.has(code))) {
    throw new BackendError('VALIDATION_FAILED', 'Invalid fields: content.categories (unknown code)');
  }
  return complete.data;
}
