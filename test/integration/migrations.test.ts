import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/backend/database/migrate';
import { type Connection, openEncryptedDatabase } from '../../electron/backend/database/open-database';
import { migrations } from '../../electron/backend/migrations';
import { CrisisPolicy, defaultCrisisPolicy } from '../../shared/schemas/crisis-policy';

describe('migrations', () => {
  let folder: string;
  let connection: Connection;
  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'xinqing-migrate-'));
    connection = openEncryptedDatabase(join(folder, 'test.db'), randomBytes(32));
  });
  afterEach(() => {
    connection.close();
    rmSync(folder, { recursive: true, force: true });
  });

  it('are numbered 1, 2, 3… and bring a new database to the latest version', () => {
    expect(migrations.map((migration) => migration.version)).toEqual(migrations.map((_, index) => index + 1));
    migrate(connection, migrations);
    expect(schemaVersion(connection)).toBe(migrations.length);
    migrate(connection, migrations);
    expect(schemaVersion(connection)).toBe(migrations.length);
  });

  it('run every pending step in one transaction: a failing step leaves nothing behind', () => {
    const broken = [
      ...migrations,
      {
        version: migrations.length + 1,
        description: 'broken',
        sql: 'CREATE TABLE x (a TEXT) STRICT; SELECT nonsense FROM nowhere;',
      },
    ];
    expect(() => migrate(connection, broken)).toThrow();
    expect(schemaVersion(connection)).toBe(0);
    expect(connection.prepare("SELECT count(*) AS n FROM sqlite_schema WHERE type = 'table'").get()).toEqual({ n: 0 });
  });

  it('refuse a database written by a newer version', () => {
    connection.pragma(`user_version = ${migrations.length + 1}`);
    expect(() => migrate(connection, migrations)).toThrow(expect.objectContaining({ code: 'DATABASE_TOO_NEW' }));
  });

  describe('001: profiles, settings, audit', () => {
    beforeEach(() => {
      migrate(connection, migrations.slice(0, 1));
      connection
        .prepare("INSERT INTO counselors (id, display_name, created_at, updated_at) VALUES ('c1', '李老师', 't', 't')")
        .run();
    });

    it('makes strict tables that refuse wrong types and unknown authors', () => {
      expect(() =>
        connection
          .prepare("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('a', '1', 't', 'nobody')")
          .run(),
      ).toThrow(/FOREIGN KEY/);
      expect(() =>
        connection
          .prepare("INSERT INTO database_identity (singleton, database_id, created_at) VALUES ('one', 'x', 't')")
          .run(),
      ).toThrow();
      expect(() =>
        connection
          .prepare("INSERT INTO settings (key, value, updated_at, updated_by) VALUES ('a', 'not json', 't', 'c1')")
          .run(),
      ).toThrow(/CHECK/);
    });

    it('keeps the audit trail append-only', () => {
      connection
        .prepare(
          "INSERT INTO audit_events (id, at, actor_id, action, entity) VALUES ('e1', 't', 'c1', 'vault.unlock', 'vault')",
        )
        .run();
      expect(() => connection.prepare("UPDATE audit_events SET action = 'x'").run()).toThrow(/append-only/);
      expect(() => connection.prepare('DELETE FROM audit_events').run()).toThrow(/append-only/);
      expect(connection.prepare('SELECT count(*) AS n FROM audit_events').get()).toEqual({ n: 1 });
    });
  });

  describe('006: crisis cases', () => {
    const opening = (overrides: Record<string, unknown> = {}) =>
      JSON.stringify({
        source: { kind: 'self-referral' },
        level: 'moderate',
        stage: 'assessment',
        occurredOn: '2026-09-01',
        occurredTime: null,
        ...overrides,
      });
    const insertCase = (id: string, values: Record<string, unknown> = {}) =>
      connection
        .prepare(
          `INSERT INTO crisis_cases (id, student_id, opening, opened_on, source_result_id, created_at, created_by)
           VALUES (@id, 's1', @opening, @openedOn, @resultId, 't', 'c1')`,
        )
        .run({ id, opening: opening(), openedOn: '2026-09-01', resultId: null, ...values });
    const insertEvent = (seq: number, values: Record<string, unknown> = {}) =>
      connection
        .prepare(
          `INSERT INTO crisis_events (case_id, seq, id, type, body, recorded_at, recorded_by)
           VALUES (@caseId, @seq, @id, @type, @body, 't', 'c1')`,
        )
        .run({ caseId: 'k1', seq, id: `e${seq}`, type: 'follow-up', body: '{"type":"follow-up"}', ...values });

    beforeEach(() => {
      migrate(connection, migrations.slice(0, 5));
      connection.exec(`
        INSERT INTO counselors (id, display_name, created_at, updated_at) VALUES ('c1', '李老师', 't', 't');
        INSERT INTO students (id, name, name_pinyin, name_initials, student_number, grade, guardians, class_teacher,
          flags, remarks, status, created_at, created_by, updated_at, updated_by)
        VALUES ('s1', '张三', 'zhangsan', 'zs', '2023001', 'J2', '[]', '', '[]', '', 'active', 't', 'c1', 't', 'c1');
      `);
      migrate(connection, migrations.slice(0, 6));
      insertCase('k1');
    });

    it('applies on top of 005 and keeps its students', () => {
      expect(schemaVersion(connection)).toBe(6);
      expect(connection.prepare('SELECT name FROM students').pluck().all()).toEqual(['张三']);
    });

    it('keeps openings and events append-only', () => {
      insertEvent(1);
      const columns = { crisis_cases: 'created_at', crisis_events: 'recorded_at' };
      for (const [table, column] of Object.entries(columns)) {
        expect(() => connection.prepare(`UPDATE ${table} SET ${column} = 'x'`).run(), table).toThrow(/append-only/);
        expect(() => connection.prepare(`DELETE FROM ${table}`).run(), table).toThrow(/append-only/);
      }
    });

    it('numbers events from 1 per case without gaps or repeats', () => {
      expect(() => insertEvent(2)).toThrow(/follow each other/);
      insertEvent(1);
      expect(() => insertEvent(1, { id: 'other' })).toThrow();
      insertEvent(2);
      insertCase('k2');
      insertEvent(1, { caseId: 'k2', id: 'k2e1' });
      expect(connection.prepare('SELECT case_id, seq FROM crisis_events ORDER BY case_id, seq').raw().all()).toEqual([
        ['k1', 1],
        ['k1', 2],
        ['k2', 1],
      ]);
    });

    it('refuses an event whose body is not of its type, and unknown cases, students and authors', () => {
      expect(() => insertEvent(1, { type: 'closure' })).toThrow(/CHECK/);
      expect(() => insertEvent(1, { body: 'not json' })).toThrow(/CHECK/);
      expect(() => insertEvent(1, { caseId: 'nowhere' })).toThrow(/FOREIGN KEY/);
      expect(() =>
        connection
          .prepare(
            `INSERT INTO crisis_cases (id, student_id, opening, opened_on, created_at, created_by)
             VALUES ('k3', 'nobody', @opening, '2026-09-01', 't', 'c1')`,
          )
          .run({ opening: opening() }),
      ).toThrow(/FOREIGN KEY/);
    });

    it('keeps the opening day and the scale result beside the opening JSON in step with it', () => {
      expect(() => insertCase('k3', { openedOn: '2026-09-02' })).toThrow(/CHECK/);
      expect(() => insertCase('k3', { resultId: 'r1' })).toThrow(/CHECK/);
      const fromResult = opening({ source: { kind: 'scale-result', resultId: 'r1' } });
      expect(() => insertCase('k3', { opening: fromResult })).toThrow(/CHECK/);
      expect(() => insertCase('k3', { opening: fromResult, resultId: 'r1' })).toThrow(/FOREIGN KEY/);
    });
  });

  describe('007: hotlines, crisis policy, safety plans, class checks', () => {
    beforeEach(() => {
      migrate(connection, migrations.slice(0, 7));
      connection.exec(`
        INSERT INTO counselors (id, display_name, created_at, updated_at) VALUES ('c1', '李老师', 't', 't');
        INSERT INTO students (id, name, name_pinyin, name_initials, student_number, grade, class_number, guardians,
          class_teacher, flags, remarks, status, created_at, created_by, updated_at, updated_by)
        VALUES ('s1', '张三', 'zhangsan', 'zs', '2023001', 'J2', 3, '[]', '', '[]', '', 'active', 't', 'c1', 't', 'c1');
      `);
    });
    const insertReport = (id: string, version: number) =>
      connection
        .prepare(
          `INSERT INTO class_check_reports (id, period, grade, class_number, version, class_teacher, class_size, kind,
             reported_on, created_at, created_by)
           VALUES (?, '2026-09', 'J2', 3, ?, '', 40, 'report', '2026-09-28', 't', 'c1')`,
        )
        .run(id, version);

    it("seeds Tianjin's three hotlines (the student line without a number) and today's default policy as version 1", () => {
      expect(connection.prepare('SELECT name_zh, number FROM hotlines ORDER BY sort_order').raw().all()).toEqual([
        ['阳光家庭热线', '4000716515'],
        ['心理援助热线', '88588818'],
        ['阳光心理热线', ''],
      ]);
      const policy = connection.prepare('SELECT policy FROM crisis_policy_versions WHERE version = 1').pluck().get();
      expect(CrisisPolicy.parse(JSON.parse(policy as string))).toEqual(defaultCrisisPolicy);
    });

    it('keeps policy versions, plans, plan versions and class checks append-only', () => {
      connection.exec(`
        INSERT INTO safety_plans (id, student_id, created_at, created_by) VALUES ('p1', 's1', 't', 'c1');
        INSERT INTO safety_plan_versions (plan_id, version, sections, created_at, created_by)
          VALUES ('p1', 1, '{}', 't', 'c1');
      `);
      insertReport('r1', 1);
      connection
        .prepare(
          `INSERT INTO class_check_students (report_id, position, student_id, watch, reason, description, action,
             reported_to_counselor, parents_informed) VALUES ('r1', 1, 's1', 'new', '情绪低落', '', '', 1, 0)`,
        )
        .run();
      const columns = {
        crisis_policy_versions: 'policy',
        safety_plans: 'student_id',
        safety_plan_versions: 'sections',
        class_check_reports: 'class_size',
        class_check_students: 'reason',
      };
      for (const [table, column] of Object.entries(columns)) {
        expect(() => connection.prepare(`UPDATE ${table} SET ${column} = ${column}`).run(), table).toThrow(
          /append-only/,
        );
        expect(() => connection.prepare(`DELETE FROM ${table}`).run(), table).toThrow(/append-only/);
      }
    });

    it('refuses a second report with the same version, unknown students and cases, and wrong types', () => {
      insertReport('r1', 1);
      expect(() => insertReport('r2', 1)).toThrow(/UNIQUE/);
      expect(() =>
        connection
          .prepare(
            "INSERT INTO safety_plans (id, student_id, created_at, created_by) VALUES ('p1', 'nobody', 't', 'c1')",
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
      connection
        .prepare("INSERT INTO safety_plans (id, student_id, created_at, created_by) VALUES ('p1', 's1', 't', 'c1')")
        .run();
      expect(() =>
        connection
          .prepare(
            `INSERT INTO safety_plan_versions (plan_id, version, case_id, sections, created_at, created_by)
             VALUES ('p1', 1, 'no-case', '{}', 't', 'c1')`,
          )
          .run(),
      ).toThrow(/FOREIGN KEY/);
      expect(() =>
        connection
          .prepare(
            `INSERT INTO class_check_students (report_id, position, student_id, watch, reason, description, action,
               reported_to_counselor, parents_informed) VALUES ('r1', 1, 's1', 'new', '情绪低落', '', '', 'yes', 0)`,
          )
          .run(),
      ).toThrow();
      expect(() =>
        connection
          .prepare(
            `INSERT INTO hotlines (id, name_zh, name_en, number, hours_zh, hours_en, note_zh, note_en, active,
               sort_order, created_at, updated_at) VALUES ('h1', '', '', '110', '', '', '', '', 1, 10, 't', 't')`,
          )
          .run(),
      ).toThrow(/CHECK/);
    });
  });
});
