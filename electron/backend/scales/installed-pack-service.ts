import type { ErrorCode } from '../../../shared/contract/error-codes';
import type { PackPreview, ScaleLibrary } from '../../../shared/schemas/scales';
import { appendAuditEvent } from '../audit/audit-repository';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import type { Act } from '../students/student-service';
import { approvedScales } from './approved-scales';
import { bundledScales } from './bundled-scales';
import { insertDefinition } from './definition-repository';
import { insertApproval, insertPack, latestPack, packExists } from './installed-pack-repository';
import { installedKey } from './installed-key-service';
import { scaleLibrary } from './library-service';
import type { PackRefusalReason } from './pack-refusal';
import { type VerifiedPack, verifyScalePack } from './pack-verification';

const codeOfRefusal = {
  malformed: 'PACK_MALFORMED',
  unknownKey: 'PACK_UNKNOWN_KEY',
  badSignature: 'PACK_BAD_SIGNATURE',
  invalidDefinition: 'PACK_INVALID_DEFINITION',
  unknownApproval: 'PACK_UNKNOWN_APPROVAL',
  invalidOverride: 'PACK_INVALID_OVERRIDE',
} as const satisfies Record<PackRefusalReason, ErrorCode>;

/**
 * The checks before a pack may change anything: a district key is installed, the file verifies
 * against it (verifyScalePack), and it is newer than the installed pack.
 */
function verifiedPack(connection: Connection, bytes: Buffer): { pack: VerifiedPack; keyId: string } {
  const key = installedKey(connection);
  if (!key) throw new BackendError('DISTRICT_KEY_MISSING', 'No district key is installed.');
  const verified = verifyScalePack(bytes, key, bundledScales);
  if (!verified.ok) {
    const detail = verified.detail === undefined ? {} : { detail: verified.detail };
    throw new BackendError(codeOfRefusal[verified.reason], 'The scale pack was refused.', detail);
  }
  const installed = latestPack(connection);
  if ((installed && verified.pack.sequence <= installed.sequence) || packExists(connection, verified.pack.packId)) {
    throw new BackendError('PACK_OUTDATED', 'The pack is not newer than the installed one.');
  }
  return { pack: verified.pack, keyId: key.id };
}

/** What installing would change, compared by scale id with what may be administered now. */
export function previewPack(connection: Connection, file: { content: string }): PackPreview {
  const { pack } = verifiedPack(connection, Buffer.from(file.content, 'base64'));
  const current = approvedScales(connection).scales;
  const currentIds = new Set(current.map((scale) => scale.definition.id));
  const packIds = new Set(pack.scales.map((scale) => scale.definition.id));
  return {
    district: pack.district,
    issuedAt: pack.issuedAt,
    sequence: pack.sequence,
    note: pack.note,
    scales: pack.scales.map((scale) => ({
      hash: scale.hash,
      id: scale.definition.id,
      version: scale.definition.version,
      title: scale.definition.title,
      origin: scale.origin,
      overridden: scale.overridden,
      added: !currentIds.has(scale.definition.id),
    })),
    withdrawn: current
      .filter((scale) => !packIds.has(scale.definition.id))
      .map((scale) => ({ id: scale.definition.id, title: scale.definition.title })),
  };
}

/**
 * Verifies again and installs in one transaction: the effective definitions (stored by hash so
 * results can always find them), the signed file as received, and what it approves.
 */
export function installPack(connection: Connection, file: { content: string }, act: Act): ScaleLibrary {
  const bytes = Buffer.from(file.content, 'base64');
  return connection
    .transaction(() => {
      const { pack, keyId } = verifiedPack(connection, bytes);
      for (const scale of pack.scales) {
        insertDefinition(connection, {
          hash: scale.hash,
          scaleId: scale.definition.id,
          version: scale.definition.version,
          origin: scale.origin,
          baseHash: scale.baseHash,
          definition: JSON.stringify(scale.definition),
          ...act,
        });
      }
      insertPack(connection, {
        packId: pack.packId,
        district: pack.district,
        keyId,
        sequence: pack.sequence,
        issuedAt: pack.issuedAt,
        note: pack.note,
        file: bytes,
        ...act,
      });
      pack.scales.forEach((scale, position) =>
        insertApproval(connection, { packId: pack.packId, hash: scale.hash, position }),
      );
      appendAuditEvent(connection, {
        actorId: act.by,
        action: 'scales.installPack',
        entity: 'scale-pack',
        entityId: pack.packId,
        at: act.at,
      });
      return scaleLibrary(connection);
    })
    .immediate();
}
