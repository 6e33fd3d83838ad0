import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrate, schemaVersion } from '../../electron/backend/database/migrate';
import { type Connection, openEncryptedDatabase } from '../../electron/backend/database/open-database';
import { migrations } from '../../electron/backend/migrations';

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
});
