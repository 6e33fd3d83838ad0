import type { ScaleOrigin } from '../../../shared/schemas/scales';
import type { Connection } from '../database/open-database';

export interface DefinitionRow {
  hash: string;
  origin: ScaleOrigin;
  baseHash: string;
  /** The definition's JSON text, as stored. */
  definition: string;
}

/** Stores a definition once; the same content arriving again (by hash) changes nothing. */
export function insertDefinition(
  connection: Connection,
  row: DefinitionRow & { scaleId: string; version: string; at: string; by: string | null },
): void {
  connection
    .prepare(
      `INSERT INTO scale_definitions (hash, scale_id, version, origin, base_hash, definition, created_at, created_by)
       VALUES (@hash, @scaleId, @version, @origin, @baseHash, @definition, @at, @by)
       ON CONFLICT (hash) DO NOTHING`,
    )
    .run(row);
}

export function findDefinition(connection: Connection, hash: string): DefinitionRow | undefined {
  return connection
    .prepare(`SELECT hash, origin, base_hash AS baseHash, definition FROM scale_definitions WHERE hash = ?`)
    .get(hash) as DefinitionRow | undefined;
}
