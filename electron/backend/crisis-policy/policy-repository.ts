import type { Connection } from '../database/open-database';

/** The newest policy version as stored: JSON text, checked by the service. */
export function latestPolicyVersion(connection: Connection): { version: number; policy: string } {
  return connection
    .prepare('SELECT version, policy FROM crisis_policy_versions ORDER BY version DESC LIMIT 1')
    .get() as { version: number; policy: string };
}

export function insertPolicyVersion(
  connection: Connection,
  row: { version: number; policy: string; at: string; by: string },
): void {
  connection
    .prepare(
      `INSERT INTO crisis_policy_versions (version, policy, created_at, created_by)
       VALUES (@version, @policy, @at, @by)`,
    )
    .run(row);
}
