import type { Connection } from './open-database';

export function writeDatabaseIdentity(connection: Connection, databaseId: string, at: string): void {
  connection
    .prepare('INSERT INTO database_identity (singleton, database_id, created_at) VALUES (1, ?, ?)')
    .run(databaseId, at);
}

export function readDatabaseId(connection: Connection): string | undefined {
  const row = connection.prepare('SELECT database_id AS id FROM database_identity').get() as { id: string } | undefined;
  return row?.id;
}
