import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/database/migrate';
import { type Connection, openEncryptedDatabase } from '../../electron/backend/database/open-database';
import { migrations } from '../../electron/backend/migrations';

describe('migration 003: session notes', () => {
  let folder: string;
  let connection: Connection;
  const run = (sql: string, parameters: Record<string, unknown> = {}) => connection.prepare(sql).run(parameters);
  const insertNote = (id: string, status = 'draft') =>
    run(
      `INSERT INTO session_notes (id, student_id, status, created_at, created_by, updated_at, updated_by)
       VALUES (@id, 's1', @status, 't', 'c1', 't', 'c1')`,
      { id, status },
    );
  const insertVersion = (noteId: string, version: number, reason: string | null) =>
    run(
      `INSERT INTO note_versions (note_id, version, content, reason, created_at, created_by)
       VALUES (@noteId, @version, '{}', @reason, 't', 'c1')`,
      { noteId, version, reason },
    );
  const finalize = (id: string, sequence = 1, sessionNumber = 1) =>
    run(
      `UPDATE session_notes SET status = 'final', case_year = 2026, case_sequence = @sequence,
         session_number = @sessionNumber WHERE id = @id`,
      { id, sequence, sessionNumber },
    );

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'xinqing-migrate-'));
    connection = openEncryptedDatabase(join(folder, 'test.db'), randomBytes(32));
    migrate(connection, migrations.slice(0, 2));
    run("INSERT INTO counselors (id, display_name, created_at, updated_at) VALUES ('c1', '李老师', 't', 't')");
    run(
      `INSERT INTO students (id, name, name_pinyin, name_initials, student_number, grade, guardians, class_teacher,
         flags, remarks, status, created_at, created_by, updated_at, updated_by)
       VALUES ('s1', '张三', 'zhangsan', 'zs', '1', 'J2', '[]', '', '[]', '', 'active', 't', 'c1', 't', 'c1')`,
    );
    migrate(connection, migrations.slice(0, 3));
    run(
      "INSERT INTO case_numbers (year, sequence, student_id, created_at, created_by) VALUES (2026, 1, 's1', 't', 'c1')",
    );
  });
  afterEach(() => {
    connection.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('applies on top of 002, keeps its students, and seeds categories and templates as shipped', () => {
    expect(connection.pragma('user_version', { simple: true })).toBe(3);
    expect(connection.prepare('SELECT name FROM students').pluck().all()).toEqual(['张三']);
    expect(connection.prepare('SELECT count(*) FROM concern_categories WHERE created_by IS NULL').pluck().get()).toBe(
      12,
    );
    expect(connection.prepare('SELECT key FROM note_templates ORDER BY sort_order').pluck().all()).toEqual([
      'school-form',
      'dap',
      'soap',
      'free',
    ]);
  });

  it('has FTS5 compiled in, usable with trusted_schema off and the temporary store in memory', () => {
    const options = connection.pragma('compile_options', { simple: false }) as { compile_options: string }[];
    expect(options.map((option) => option.compile_options)).toContain('ENABLE_FTS5');
    expect(connection.pragma('trusted_schema', { simple: true })).toBe(0);
    run("INSERT INTO note_search (rowid, tokens) VALUES (1, '焦虑 虑 anxiety')");
    expect(
      connection.prepare('SELECT rowid FROM note_search WHERE note_search MATCH \'"焦虑"\'').pluck().all(),
    ).toEqual([1]);
    run('DELETE FROM note_search WHERE rowid = 1');
    expect(connection.prepare("SELECT count(*) FROM note_search WHERE note_search MATCH 'anxiety'").pluck().get()).toBe(
      0,
    );
    expect(connection.pragma('temp_store', { simple: true })).toBe(2);
  });

  it('refuses versions of an unfinished note, out of order, or with a reason on the first', () => {
    insertNote('n1');
    expect(() => insertVersion('n1', 1, null)).toThrow(/finalised note/);
    finalize('n1');
    expect(() => insertVersion('n1', 2, 'x')).toThrow(/follow each other/);
    expect(() => insertVersion('n1', 1, 'x')).toThrow(/CHECK/);
    insertVersion('n1', 1, null);
    expect(() => insertVersion('n1', 2, null)).toThrow(/CHECK/);
    insertVersion('n1', 2, '更正日期');
    expect(connection.prepare('SELECT version FROM note_versions').pluck().all()).toEqual([1, 2]);
  });

  it('keeps a final note whole: case number and session number set together, session numbers unique per student', () => {
    insertNote('n1');
    expect(() => run("UPDATE session_notes SET status = 'final' WHERE id = 'n1'")).toThrow(/CHECK/);
    expect(() => finalize('n1', 9)).toThrow(/FOREIGN KEY/);
    finalize('n1');
    insertNote('n2');
    expect(() => finalize('n2')).toThrow(/UNIQUE/);
    finalize('n2', 1, 2);
    expect(() => run("UPDATE session_notes SET updated_at = 'later' WHERE id = 'n2'")).toThrow(/immutable/);
    insertNote('n3');
    run("DELETE FROM session_notes WHERE id = 'n3'");
  });

  it('gives a case number once per year and sequence, and once per student and year', () => {
    run(
      "INSERT INTO case_numbers (year, sequence, student_id, created_at, created_by) VALUES (2027, 1, 's1', 't', 'c1')",
    );
    expect(() =>
      run(
        "INSERT INTO case_numbers (year, sequence, student_id, created_at, created_by) VALUES (2026, 2, 's1', 't', 'c1')",
      ),
    ).toThrow(/UNIQUE/);
    expect(() =>
      run(
        "INSERT INTO case_numbers (year, sequence, student_id, created_at, created_by) VALUES (2026, 1, 's2', 't', 'c1')",
      ),
    ).toThrow(/UNIQUE|FOREIGN KEY/);
  });
});
