import { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import type { ScaleOrigin } from '../../../shared/schemas/scales';
import type { Connection } from '../database/open-database';
import { BackendError } from '../errors';
import { bundledScales } from './bundled-scales';
import { type DefinitionRow, findDefinition, insertDefinition } from './definition-repository';

/** A definition as the library knows it: content, identity and where it came from. */
export interface StoredScale {
  hash: string;
  definition: ScaleDefinition;
  origin: ScaleOrigin;
  /** A district's band overrides made this effective definition from another one. */
  overridden: boolean;
}

/** Parsed definitions by hash: content-addressed, so a hash always means the same text. */
const parsed = new Map<string, ScaleDefinition>();

function storedScale(row: DefinitionRow): StoredScale {
  let definition = parsed.get(row.hash);
  if (!definition) {
    definition = ScaleDefinition.parse(JSON.parse(row.definition));
    parsed.set(row.hash, definition);
  }
  return { hash: row.hash, definition, origin: row.origin, overridden: row.baseHash !== row.hash };
}

const withBundled = new WeakSet<Connection>();

/**
 * Writes the shipped definitions into the database the first time a connection needs them, so
 * every result's hash has its definition row even after an update ships other versions.
 */
export function storeBundledDefinitions(connection: Connection, at: string): void {
  if (withBundled.has(connection)) return;
  connection.transaction(() => {
    for (const { definition, hash } of bundledScales) {
      insertDefinition(connection, {
        hash,
        scaleId: definition.id,
        version: definition.version,
        origin: 'bundled',
        baseHash: hash,
        definition: JSON.stringify(definition),
        at,
        by: null,
      });
    }
  })();
  withBundled.add(connection);
}

/** Any definition the app has stored, approved or not: old results name theirs. */
export function requireStoredScale(connection: Connection, hash: string): StoredScale {
  const row = findDefinition(connection, hash);
  if (!row) throw new BackendError('NOT_FOUND', 'No scale definition has this hash.');
  return storedScale(row);
}
