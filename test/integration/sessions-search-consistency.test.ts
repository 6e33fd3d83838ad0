import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/database/migrate';
import { type Connection, openEncryptedDatabase } from '../../electron/backend/database/open-database';
import { migrations } from '../../electron/backend/migrations';
import { searchDocument } from '../../electron/backend/sessions/note-fields';
import { findRanges, type NoteField } from '../../electron/backend/sessions/search-snippet';
import { ftsQuery, queryTerms } from '../../electron/backend/sessions/search-tokens';

/**
 * The index finds the notes and JavaScript finds the ranges to highlight: for any notes and
 * any query, a note is a hit of the FTS5 index exactly when JavaScript finds a range in it.
 */
describe('the search index and the snippet ranges agree', () => {
  let folder: string;
  let connection: Connection;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'xinqing-fts-'));
    connection = openEncryptedDatabase(join(folder, 'test.db'), randomBytes(32));
    migrate(connection, migrations);
  });
  afterAll(() => {
    connection.close();
    rmSync(folder, { recursive: true, force: true });
  });

  const pieces = ['焦', '虑', '失', '眠', '哈', '𠮷', 'ab', 'AB', 'ｃ', '3', ' ', '，', '\n', '-'];
  const text = fc.array(fc.constantFrom(...pieces), { maxLength: 12 }).map((parts) => parts.join(''));
  const note = fc.array(text, { minLength: 1, maxLength: 3 });
  const fieldsOf = (texts: string[]): NoteField[] =>
    texts.map((value, index) => ({
      field: { kind: 'section', key: `s${index}`, labelZh: null, labelEn: null },
      text: value,
    }));

  it('for random notes and queries', () => {
    fc.assert(
      fc.property(
        fc.array(note, { minLength: 1, maxLength: 6 }),
        text,
        fc.nat(),
        fc.nat(),
        (notes, typed, from, to) => {
          // Half the queries are cut from a note, so hits are as well covered as misses.
          const source = notes[0]![0]!;
          const query = from % 2 === 0 ? typed : source.slice(from % (source.length + 1), to % (source.length + 1));
          const terms = queryTerms(query);
          fc.pre(terms.length > 0);
          connection.exec('DELETE FROM note_search');
          notes.forEach((texts, index) => {
            const document = searchDocument(fieldsOf(texts));
            if (document !== '') {
              connection.prepare('INSERT INTO note_search (rowid, tokens) VALUES (?, ?)').run(index + 1, document);
            }
          });
          const indexed = connection
            .prepare('SELECT rowid FROM note_search WHERE note_search MATCH ? ORDER BY rowid')
            .pluck()
            .all(ftsQuery(terms));
          const highlighted = notes.flatMap((texts, index) => {
            // Each term must occur somewhere in the note (AND), each within one field.
            const everyTerm = terms.every((term) => texts.some((value) => findRanges(value, [term]).length > 0));
            return everyTerm ? [index + 1] : [];
          });
          expect(indexed).toEqual(highlighted);
        },
      ),
      { numRuns: 400 },
    );
  });
});
