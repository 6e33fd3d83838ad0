import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/database/migrate';
import { type Connection, openEncryptedDatabase } from '../../electron/backend/database/open-database';
import { migrations } from '../../electron/backend/migrations';

describe('migration 002: student case files', () => {
  let folder: string;
  let connection: Connection;
  const values = {
    id: 's1',
    name: '张三',
    pinyin: 'zhangsan',
    initials: 'zs',
    number: '2023001',
    grade: 'J2',
    guardians: '[]',
    flags: '[]',
    status: 'active',
    by: 'c1',
  };
  const insert = (overrides: Partial<typeof values> = {}) =>
    connection
      .prepare(
        `INSERT INTO students (id, name, name_pinyin, name_initials, student_number, grade, guardians, class_teacher,
           flags, remarks, status, created_at, created_by, updated_at, updated_by)
         VALUES (@id, @name, @pinyin, @initials, @number, @grade, @guardians, '', @flags, '', @status, 't', @by, 't', @by)`,
      )
      .run({ ...values, ...overrides });

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'xinqing-migrate-'));
    connection = openEncryptedDatabase(join(folder, 'test.db'), randomBytes(32));
    migrate(connection, migrations.slice(0, 1));
    connection
      .prepare("INSERT INTO counselors (id, display_name, created_at, updated_at) VALUES ('c1', '李老师', 't', 't')")
      .run();
    migrate(connection, migrations.slice(0, 2));
  });
  afterEach(() => {
    connection.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('applies on top of 001 and keeps what 001 held', () => {
    expect(connection.pragma('user_version', { simple: true })).toBe(2);
    expect(connection.prepare('SELECT display_name FROM counselors').get()).toEqual({ display_name: '李老师' });
  });

  it('refuses unknown authors, closed-list values out of the list, and broken JSON', () => {
    insert();
    expect(() => insert({ id: 's2', number: '2', by: 'nobody' })).toThrow(/FOREIGN KEY/);
    expect(() => insert({ id: 's2', number: '2', grade: 'J4' })).toThrow(/CHECK/);
    expect(() => insert({ id: 's2', number: '2', status: 'deleted' })).toThrow(/CHECK/);
    expect(() => insert({ id: 's2', number: '2', guardians: '{"name":"x"}' })).toThrow(/CHECK/);
    expect(() => insert({ id: 's2', number: '2', flags: 'not json' })).toThrow(/CHECK/);
    expect(() => insert({ id: 's2', number: '2', name: '' })).toThrow(/CHECK/);
  });

  it('keeps student numbers unique whatever their letter case', () => {
    insert({ number: 'G2023' });
    expect(() => insert({ id: 's2', number: 'g2023' })).toThrow(/UNIQUE/);
  });

  it('ranks grades in school order for the roster index', () => {
    const grades = ['S3', 'P1', 'J1', 'P6', 'S1', 'J3'];
    grades.forEach((grade, index) => insert({ id: `s${index}`, number: String(index), grade }));
    const ranked = connection.prepare('SELECT grade, grade_rank AS rank FROM students ORDER BY grade_rank').all();
    expect(ranked).toEqual([
      { grade: 'P1', rank: 1 },
      { grade: 'P6', rank: 6 },
      { grade: 'J1', rank: 7 },
      { grade: 'J3', rank: 9 },
      { grade: 'S1', rank: 10 },
      { grade: 'S3', rank: 12 },
    ]);
    const plan = connection
      .prepare("EXPLAIN QUERY PLAN SELECT id FROM students WHERE status = 'active' ORDER BY grade_rank, class_number")
      .all() as { detail: string }[];
    expect(plan.map((step) => step.detail).join(' ')).toContain('students_roster');
  });
});
