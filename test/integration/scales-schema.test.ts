import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../../electron/backend/database/migrate';
import { type Connection, openEncryptedDatabase } from '../../electron/backend/database/open-database';
import { migrations } from '../../electron/backend/migrations';

describe('migration 005: scales', () => {
  let folder: string;
  let connection: Connection;
  const run = (sql: string, parameters: Record<string, unknown> = {}) => connection.prepare(sql).run(parameters);
  const hashA = 'a'.repeat(64);
  const hashB = 'b'.repeat(64);

  const insertDefinition = (hash: string, overrides: Record<string, unknown> = {}) =>
    run(
      `INSERT INTO scale_definitions (hash, scale_id, version, origin, base_hash, definition, created_at, created_by)
       VALUES (@hash, 'phq-9', '1.0.0', @origin, @hash, @definition, 't', @by)`,
      { hash, origin: 'bundled', definition: '{"id":"phq-9"}', by: null, ...overrides },
    );
  const insertResult = (id: string, overrides: Record<string, unknown> = {}) =>
    run(
      `INSERT INTO scale_results (id, student_id, scale_hash, mode, language, administered_on, answers, scoring, remark,
         screening_id, self_report_id, created_at, created_by)
       VALUES (@id, 's1', @hash, @mode, 'zh-CN', '2026-09-01', '{"1":2}', '{"concern":1}', '', @screening, @selfReport,
         't', 'c1')`,
      { id, hash: hashA, mode: 'counselor', screening: null, selfReport: null, ...overrides },
    );
  const insertKey = (id: string) =>
    run(
      `INSERT INTO district_keys (id, district, public_key, fingerprint, installed_at, installed_by)
       VALUES (@id, '和平区', randomblob(32), @fingerprint, 't', 'c1')`,
      { id, fingerprint: id.repeat(64).slice(0, 64) },
    );

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'xinqing-migrate-'));
    connection = openEncryptedDatabase(join(folder, 'test.db'), randomBytes(32));
    migrate(connection, migrations.slice(0, 4));
    run("INSERT INTO counselors (id, display_name, created_at, updated_at) VALUES ('c1', '李老师', 't', 't')");
    run(
      `INSERT INTO students (id, name, name_pinyin, name_initials, student_number, grade, guardians, class_teacher,
         flags, remarks, status, created_at, created_by, updated_at, updated_by)
       VALUES ('s1', '张三', 'zhangsan', 'zs', '1', 'J2', '[]', '', '[]', '', 'active', 't', 'c1', 't', 'c1')`,
    );
    migrate(connection, migrations.slice(0, 5));
    insertDefinition(hashA);
  });
  afterEach(() => {
    connection.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('applies on top of 004 and keeps its students', () => {
    expect(connection.pragma('user_version', { simple: true })).toBe(5);
    expect(connection.prepare('SELECT name FROM students').pluck().all()).toEqual(['张三']);
  });

  it('keeps definitions immutable and checks hashes, origins and authors', () => {
    expect(() => run("UPDATE scale_definitions SET definition = '{}'")).toThrow(/append-only/);
    expect(() => run('DELETE FROM scale_definitions')).toThrow(/append-only/);
    expect(() => insertDefinition('A'.repeat(64))).toThrow(/CHECK/);
    expect(() => insertDefinition(hashB, { origin: 'elsewhere' })).toThrow(/CHECK/);
    expect(() => insertDefinition(hashB, { definition: '[1]' })).toThrow(/CHECK/);
    expect(() => insertDefinition(hashB, { by: 'nobody' })).toThrow(/FOREIGN KEY/);
    insertDefinition(hashB, { origin: 'district', by: 'c1' });
  });

  it('makes results append-only, tied to a stored definition, a student and their mode', () => {
    insertResult('r1');
    expect(() => run("UPDATE scale_results SET scoring = '{}'")).toThrow(/append-only/);
    expect(() => run('DELETE FROM scale_results')).toThrow(/append-only/);
    expect(() => insertResult('r2', { hash: hashB })).toThrow(/FOREIGN KEY/);
    expect(() => insertResult('r3', { mode: 'screening' })).toThrow(/CHECK/);
    expect(() => insertResult('r4', { mode: 'self-report' })).toThrow(/CHECK/);
    expect(() => insertResult('r5', { mode: 'counselor', screening: 'x' })).toThrow(/CHECK|FOREIGN KEY/);
    expect(connection.prepare('SELECT count(*) FROM scale_results').pluck().get()).toBe(1);
  });

  it('keeps one current district key; a replaced key stays and never changes again', () => {
    insertKey('1');
    expect(() => insertKey('2')).toThrow(/UNIQUE/);
    expect(() => run("UPDATE district_keys SET district = '河西区'")).toThrow(/replaced/);
    run("UPDATE district_keys SET replaced_at = 't2', replaced_by = 'c1'");
    insertKey('2');
    expect(() => run("UPDATE district_keys SET replaced_at = 't3', replaced_by = 'c1' WHERE id = '1'")).toThrow(
      /replaced/,
    );
    expect(() => run('DELETE FROM district_keys')).toThrow(/kept/);
    expect(connection.prepare('SELECT id FROM district_keys ORDER BY id').pluck().all()).toEqual(['1', '2']);
  });

  it('keeps packs, their approvals and screenings append-only, one pack per sequence', () => {
    insertKey('1');
    const insertPack = (id: string, sequence: number) =>
      run(
        `INSERT INTO scale_packs (pack_id, district, key_id, sequence, issued_at, note, file, installed_at, installed_by)
         VALUES (@id, '和平区', '1', @sequence, 't', NULL, x'7b7d', 't', 'c1')`,
        { id, sequence },
      );
    insertPack('p1', 1);
    expect(() => insertPack('p2', 1)).toThrow(/UNIQUE/);
    run("INSERT INTO scale_pack_approvals (pack_id, scale_hash, position) VALUES ('p1', @hash, 0)", { hash: hashA });
    expect(() =>
      run("INSERT INTO scale_pack_approvals (pack_id, scale_hash, position) VALUES ('p1', @hash, 1)", { hash: hashB }),
    ).toThrow(/FOREIGN KEY/);
    expect(() => run('UPDATE scale_packs SET sequence = 5')).toThrow(/append-only/);
    expect(() => run('DELETE FROM scale_pack_approvals')).toThrow(/append-only/);

    const insertScreening = (id: string) =>
      run(
        `INSERT INTO screenings (id, title, scale_hash, file_sha256, flag_concern, administered_on, screened, flagged,
           created_at, created_by)
         VALUES (@id, '2026 秋季普查', @hash, @file, 2, '2026-09-01', 40, 3, 't', 'c1')`,
        { id, hash: hashA, file: 'f'.repeat(64) },
      );
    insertScreening('sc1');
    expect(() => insertScreening('sc2')).toThrow(/UNIQUE/);
    expect(() => run('DELETE FROM screenings')).toThrow(/append-only/);
    insertResult('r1', { mode: 'screening', screening: 'sc1' });
  });

  it('lets an unfinished self-report change only its answers, records refusals, and freezes it once finished', () => {
    const insertSelfReport = (id: string, consent: string, answers = '{}') =>
      run(
        `INSERT INTO self_reports (id, student_id, scale_hash, language, consent, answers, created_at, created_by,
           updated_at, updated_by)
         VALUES (@id, 's1', @hash, 'zh-CN', @consent, @answers, 't', 'c1', 't', 'c1')`,
        { id, consent, answers, hash: hashA },
      );
    insertSelfReport('declined', 'declined');
    expect(() => insertSelfReport('d2', 'declined', '{"1":0}')).toThrow(/CHECK/);
    expect(() => run(`UPDATE self_reports SET answers = '{"1":1}' WHERE id = 'declined'`)).toThrow(/only the answers/);
    insertSelfReport('sr', 'given');
    run(`UPDATE self_reports SET answers = '{"1":1}', updated_at = 't2' WHERE id = 'sr'`);
    expect(() => run("UPDATE self_reports SET student_id = 's1', consent = 'declined' WHERE id = 'sr'")).toThrow(
      /only the answers/,
    );
    expect(() => run("UPDATE self_reports SET finished_at = 't3' WHERE id = 'sr'")).toThrow(/CHECK/);
    insertResult('r1', { mode: 'self-report', selfReport: 'sr' });
    run("UPDATE self_reports SET finished_at = 't3', result_id = 'r1' WHERE id = 'sr'");
    expect(() => run(`UPDATE self_reports SET answers = '{}' WHERE id = 'sr'`)).toThrow(/only the answers/);
    expect(() => run('DELETE FROM self_reports')).toThrow(/kept/);
    expect(() => insertResult('r2', { mode: 'self-report', selfReport: 'sr' })).toThrow(/UNIQUE/);
  });
});
