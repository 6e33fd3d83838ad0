import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { bundledScales } from './bundled-scales';
import { approvedHashes, type InstalledPackRow, latestPack } from './installed-pack-repository';
import { requireStoredScale, type StoredScale } from './stored-definitions';

/**
 * What may be administered now: every shipped scale until a district pack is installed, then
 * exactly what the newest pack approves, as it takes effect (band overrides applied).
 */
export function approvedScales(connection: Connection): { pack: InstalledPackRow | null; scales: StoredScale[] } {
  const pack = latestPack(connection) ?? null;
  if (!pack) {
    return {
      pack,
      scales: bundledScales.map(({ definition, hash }) => ({ hash, definition, origin: 'bundled', overridden: false })),
    };
  }
  return { pack, scales: approvedHashes(connection, pack.packId).map((hash) => requireStoredScale(connection, hash)) };
}

/** The approved definition with this hash; a withdrawn, replaced or unknown one is refused. */
export function requireApprovedScale(connection: Connection, hash: string): StoredScale {
  const scale = approvedScales(connection).scales.find((candidate) => candidate.hash === hash);
  if (!scale) throw new BackendError('SCALE_NOT_APPROVED', 'This scale version may not be administered now.');
  return scale;
}
