import { BackendError } from '../errors';
import type { Migration } from './migration';
import type { Connection } from './open-database';

export function schemaVersion(connection: Connection): number {
  return connection.pragma('user_version', { simple: true }) as number;
}

/**
 * Brings the schema up to the newest migration, all pending steps in one transaction, so a
 * failure leaves the database exactly as it was. A database from a newer build is refused
 * untouched.
 */
export function migrate(connection: Connection, migrations: readonly Migration[]): void {
  migrations.forEach((migration, index) => {
    if (migration.version !== index + 1) throw new Error(`migration ${index + 1} is misnumbered`);
  });
  const latest = migrations.length;
  const current = schemaVersion(connection);
  if (current > latest) {
    throw new BackendError('DATABASE_TOO_NEW', 'The database was written by a newer version.');
  }
  if (current === latest) return;
  connection
    .transaction(() => {
      for (const migration of migrations.slice(current)) {
        connection.exec(migration.sql);
        connection.pragma(`user_version = ${migration.version}`);
      }
    })
    .immediate();
}
