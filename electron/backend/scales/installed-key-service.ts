import type { z } from 'zod';
import type { DistrictKeyPreview, ScaleLibrary } from '../../../shared/schemas/scales';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { newId } from '../ids';
import type { Act } from '../students/student-service';
import { type DistrictKey, districtKey, parseDistrictKeyFile } from './district-key';
import { formatFingerprint } from './district-key-fingerprint';
import { currentKey, insertKey, markKeyReplaced } from './installed-key-repository';
import { scaleLibrary } from './library-service';

function readKeyFile(content: string): DistrictKey {
  const parsed = parseDistrictKeyFile(Buffer.from(content, 'base64'));
  if (!parsed.ok) {
    throw new BackendError('DISTRICT_KEY_INVALID', 'The file is not a district key.', { detail: parsed.detail });
  }
  return parsed.key;
}

/** The key packs are checked against now, or null before the first is installed. */
export function installedKey(connection: Connection): (DistrictKey & { id: string }) | null {
  const row = currentKey(connection);
  return row ? { id: row.id, ...districtKey(row.district, row.publicKey) } : null;
}

export function previewDistrictKey(file: { content: string }): z.infer<typeof DistrictKeyPreview> {
  const key = readKeyFile(file.content);
  return { district: key.district, fingerprint: formatFingerprint(key.fingerprint) };
}

/** Spaces and letter case are how people read it out, not part of the fingerprint. */
function sameFingerprint(confirmed: string, fingerprint: string): boolean {
  return confirmed.replace(/\s+/g, '').toLowerCase() === fingerprint;
}

/**
 * Installs the key whose fingerprint the counselor confirmed (by phone with the district). A
 * replaced key is kept, marked with when and by whom, and the installed pack stays in effect:
 * it was verified when it came.
 */
export function installDistrictKey(
  connection: Connection,
  input: { content: string; fingerprint: string },
  act: Act,
): ScaleLibrary {
  const key = readKeyFile(input.content);
  if (!sameFingerprint(input.fingerprint, key.fingerprint)) {
    throw new BackendError('DISTRICT_KEY_MISMATCH', 'The key is not the one whose fingerprint was confirmed.');
  }
  return connection
    .transaction(() => {
      const previous = currentKey(connection);
      if (previous) markKeyReplaced(connection, { id: previous.id, ...act });
      const id = newId(Date.parse(act.at));
      insertKey(connection, {
        id,
        district: key.district,
        publicKey: key.publicKey,
        fingerprint: key.fingerprint,
        ...act,
      });
      appendAuditEvent(connection, {
        actorId: act.by,
        action: 'scales.installDistrictKey',
        entity: 'district-key',
        entityId: id,
        at: act.at,
      });
      return scaleLibrary(connection);
    })
    .immediate();
}
