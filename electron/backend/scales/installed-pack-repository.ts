import type { Connection } from '../database/open-database';

export interface InstalledPackRow {
  packId: string;
  district: string;
  issuedAt: string;
  sequence: number;
  installedAt: string;
}

/** The pack in effect: the one with the highest sequence. */
export function latestPack(connection: Connection): InstalledPackRow | undefined {
  return connection
    .prepare(
      `SELECT pack_id AS packId, district, issued_at AS issuedAt, sequence, installed_at AS installedAt
       FROM scale_packs ORDER BY sequence DESC LIMIT 1`,
    )
    .get() as InstalledPackRow | undefined;
}

export function packExists(connection: Connection, packId: string): boolean {
  return connection.prepare('SELECT 1 FROM scale_packs WHERE pack_id = ?').get(packId) !== undefined;
}

export function insertPack(
  connection: Connection,
  pack: {
    packId: string;
    district: string;
    keyId: string;
    sequence: number;
    issuedAt: string;
    note: string | null;
    file: Buffer;
    at: string;
    by: string;
  },
): void {
  connection
    .prepare(
      `INSERT INTO scale_packs (pack_id, district, key_id, sequence, issued_at, note, file, installed_at, installed_by)
       VALUES (@packId, @district, @keyId, @sequence, @issuedAt, @note, @file, @at, @by)`,
    )
    .run(pack);
}

export function insertApproval(
  connection: Connection,
  approval: { packId: string; hash: string; position: number },
): void {
  connection
    .prepare('INSERT INTO scale_pack_approvals (pack_id, scale_hash, position) VALUES (@packId, @hash, @position)')
    .run(approval);
}

/** The hashes a pack approves, in the pack's order. */
export function approvedHashes(connection: Connection, packId: string): string[] {
  return connection
    .prepare('SELECT scale_hash FROM scale_pack_approvals WHERE pack_id = ? ORDER BY position')
    .pluck()
    .all(packId) as string[];
}
