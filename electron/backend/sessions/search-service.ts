import type { NoteTemplate } from '../../../shared/schemas/session-catalog';
import type { SearchResult } from '../../../shared/schemas/session-lookups';
import type { Connection } from '../database/open-database';
import { parseContent, requireTemplate } from './note-content';
import { noteFields } from './note-fields';
import { countSearchHits, searchNotes } from './search-repository';
import { noteSnippet } from './search-snippet';
import { ftsQuery, queryTerms } from './search-tokens';

/**
 * Full-text search over every note as it stands (drafts included, and the notes of archived
 * and graduated students: they stay part of the record). The index finds the notes; the
 * snippet is cut from the stored text in JavaScript, with the ranges to highlight.
 */
export function searchNoteText(
  connection: Connection,
  input: { query: string; limit: number; offset: number },
): SearchResult {
  const terms = queryTerms(input.query);
  if (terms.length === 0) return { total: 0, hits: [] };
  const match = ftsQuery(terms);
  const templates = new Map<string, NoteTemplate>();
  const rows = searchNotes(connection, { ftsQuery: match, limit: input.limit, offset: input.offset });
  const hits = rows.map(({ content: stored, ...row }) => {
    const content = parseContent(stored);
    const templateId = `${content.template.key}@${content.template.version}`;
    const template = templates.get(templateId) ?? requireTemplate(connection, content);
    templates.set(templateId, template);
    return { ...row, date: content.date, snippet: noteSnippet(noteFields(content, template), terms) };
  });
  return { total: countSearchHits(connection, match), hits };
}
