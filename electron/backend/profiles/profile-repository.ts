import type { Connection } from '../database/open-database';

export interface ProfileRow {
  id: string;
  displayName: string;
}

export function insertProfile(
  connection: Connection,
  profile: { id: string; displayName: string; at: string; createdBy: string | null },
): void {
  connection
    .prepare(
      `INSERT INTO counselors (id, display_name, created_at, created_by, updated_at, updated_by)
       VALUES (@id, @displayName, @at, @createdBy, @at, @createdBy)`,
    )
    .run(profile);
}

export function findProfile(connection: Connection, id: string): ProfileRow | undefined {
  return connection.prepare('SELECT id, display_name AS displayName FROM counselors WHERE id = ?').get(id) as
    ProfileRow | undefined;
}

export function renameProfile(
  connection: Connection,
  change: { id: string; displayName: string; at: string; by: string },
): void {
  connection
    .prepare('UPDATE counselors SET display_name = @displayName, updated_at = @at, updated_by = @by WHERE id = @id')
    .run(change);
}
