import type { Connection } from '../database/open-database';

export interface InstalledKeyRow {
  id: string;
  district: string;
  publicKey: Buffer;
  fingerprint: string;
  installedAt: string;
}

/** The key packs are verified with now; replaced keys stay in the table. */
export function currentKey(connection: Connection): InstalledKeyRow | undefined {
  return connection
    .prepare(
      `SELECT id, district, public_key AS publicKey, fingerprint, installed_at AS installedAt
       FROM district_keys WHERE replaced_at IS NULL`,
    )
    .get() as InstalledKeyRow | undefined;
}

export function markKeyReplaced(connection: Connection, change: { id: string; at: string; by: string }): void {
  connection
    .prepare('UPDATE district_keys SET replaced_at = @at, replaced_by = @by WHERE id = @id AND replaced_at IS NULL')
    .run(change);
}

export function insertKey(
  connection: Connection,
  key: { id: string; district: string; publicKey: Buffer; fingerprint: string; at: string; by: string },
): void {
  connection
    .prepare(
      `INSERT INTO district_keys (id, district, public_key, fingerprint, installed_at, installed_by)
       VALUES (@id, @district, @publicKey, @fingerprint, @at, @by)`,
    )
    .run(key);
}
