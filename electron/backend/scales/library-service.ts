import type { Language } from '../../../shared/schemas/common';
import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { ScaleDefinitionRecord, ScaleLibrary, ScaleSummary } from '../../../shared/schemas/scales';
import type { Connection } from '../database/open-database';
import { approvedScales } from './approved-scales';
import { bundledScales } from './bundled-scales';
import { formatFingerprint } from './district-key-fingerprint';
import { currentKey } from './installed-key-repository';
import { requireStoredScale, type StoredScale } from './stored-definitions';

/** Languages a student may be shown the scale in: those with an approved translation. */
export function approvedLanguages(definition: ScaleDefinition): Language[] {
  return (['zh-CN', 'en'] as const).filter((language) => definition.translations[language].status === 'approved');
}

function summary(scale: StoredScale, approved: boolean): ScaleSummary {
  const { definition } = scale;
  return {
    hash: scale.hash,
    id: definition.id,
    version: definition.version,
    title: definition.title,
    shortTitle: definition.shortTitle,
    origin: scale.origin,
    overridden: scale.overridden,
    approved,
    languages: approvedLanguages(definition),
    ageRange: definition.ageRange ?? null,
    itemCount: definition.items.length,
  };
}

/** Approved scales in the pack's order, then the shipped scales it left out, as not approved. */
export function scaleLibrary(connection: Connection): ScaleLibrary {
  const key = currentKey(connection);
  const { pack, scales } = approvedScales(connection);
  const approvedIds = new Set(scales.map((scale) => scale.definition.id));
  const notApproved = bundledScales
    .filter(({ definition }) => !approvedIds.has(definition.id))
    .map(({ definition, hash }): StoredScale => ({ hash, definition, origin: 'bundled', overridden: false }));
  return {
    districtKey: key
      ? { district: key.district, fingerprint: formatFingerprint(key.fingerprint), installedAt: key.installedAt }
      : null,
    pack: pack
      ? {
          packId: pack.packId,
          district: pack.district,
          issuedAt: pack.issuedAt,
          sequence: pack.sequence,
          installedAt: pack.installedAt,
        }
      : null,
    scales: [...scales.map((scale) => summary(scale, true)), ...notApproved.map((scale) => summary(scale, false))],
  };
}

export function definitionRecord(connection: Connection, hash: string): ScaleDefinitionRecord {
  const scale = requireStoredScale(connection, hash);
  const approved = approvedScales(connection).scales.some((candidate) => candidate.hash === hash);
  return { hash, definition: scale.definition, origin: scale.origin, overridden: scale.overridden, approved };
}
