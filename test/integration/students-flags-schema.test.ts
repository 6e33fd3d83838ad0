import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/database/migrate';
import { type Connection, openEncryptedDatabase } from '../../electron/backend/database/open-database';
import { migrations } from '../../electron/backend/migrations';

describe('migration 004: student flags', () => {
  let folder: string;
  let connection: Connection;
  const values = { code: 'bullied', zh: '受欺凌', en: 'Bullied', active: 1, by: 'c1' as string | null };
  const insert = (overrides: Partial<typeof values> = {}) =>
    connection
      .prepare(
        `INSERT INTO student_flags (code, label_zh, label_en, active, sort_order, created_at, created_by, updated_at,
           updated_by)
         VALUES (@code, @zh, @en, @active, 90, 't', @by, 't', @by)`,
      )
      .run({ ...values, ...overrides });

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'xinqing-migrate-'));
    connection = openEncryptedDatabase(join(folder, 'test.db'), randomBytes(32));
    migrate(connection, migrations.slice(0, 3));
    connection
      .prepare("INSERT INTO counselors (id, display_name, created_at, updated_at) VALUES ('c1', '李老师', 't', 't')")
      .run();
    connection
      .prepare(
        `INSERT INTO students (id, name, name_pinyin, name_initials, student_number, grade, guardians, class_teacher,
           flags, remarks, status, created_at, created_by, updated_at, updated_by)
         VALUES ('s1', '张三', 'zhangsan', 'zs', '1', 'J2', '[]', '', '["left-behind"]', '', 'active', 't', 'c1', 't',
           'c1')`,
      )
      .run();
    migrate(connection, migrations.slice(0, 4));
  });
  afterEach(() => {
    connection.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('applies on top of 003, keeps the flags files have, and seeds the shipped flags in both languages', () => {
    expect(connection.pragma('user_version', { simple: true })).toBe(4);
    expect(connection.prepare('SELECT flags FROM students').pluck().get()).toBe('["left-behind"]');
    expect(
      connection.prepare('SELECT code, label_zh, label_en FROM student_flags ORDER BY sort_order').raw().all(),
    ).toEqual([
      ['left-behind', '留守儿童', 'Left-behind child'],
      ['migrant', '流动儿童', 'Migrant child'],
      ['single-parent', '单亲', 'Single-parent family'],
      ['orphan', '孤儿', 'Orphan'],
      ['hardship', '家庭困难', 'Financial hardship'],
      ['learning-difficulty', '学习困难', 'Learning difficulty'],
      ['transfer', '转学生', 'Transfer student'],
      ['repeating', '复读生', 'Repeating the year'],
    ]);
    expect(
      connection.prepare('SELECT count(*) FROM student_flags WHERE created_by IS NULL AND active = 1').pluck().get(),
    ).toBe(8);
  });

  it('is strict, and refuses unknown authors, bad codes, empty or long labels and other states', () => {
    insert();
    expect(() => insert()).toThrow(/UNIQUE|PRIMARY KEY/);
    expect(() => insert({ code: 'x1', by: 'nobody' })).toThrow(/FOREIGN KEY/);
    expect(() => insert({ code: 'Bad' })).toThrow(/CHECK/);
    expect(() => insert({ code: 'x'.repeat(41) })).toThrow(/CHECK/);
    expect(() => insert({ code: 'x2', zh: '' })).toThrow(/CHECK/);
    expect(() => insert({ code: 'x3', en: 'e'.repeat(81) })).toThrow(/CHECK/);
    expect(() => insert({ code: 'x4', active: 2 })).toThrow(/CHECK/);
    expect(() =>
      connection
        .prepare(
          `INSERT INTO student_flags (code, label_zh, label_en, active, sort_order, created_at, updated_at)
           VALUES ('x5', 'z', 'e', 1, 'first', 't', 't')`,
        )
        .run(),
    ).toThrow(/cannot store TEXT value in INTEGER column/);
  });
});
