import { createHash } from 'node:crypto';
import { canonicalJson } from '../../../shared/domain/scales/canonical-json';
import { ScaleDefinition } from '../../../shared/schemas/scale-definition';

/**
 * The identity of a definition's exact content, stored with every result: lowercase hex SHA-256
 * of the canonical JSON of the parsed definition. Parsing again first makes a value built by hand
 * (defaults left out, untrimmed text) hash as the same file read from disk does.
 */
export function scaleContentHash(definition: ScaleDefinition): string {
  return createHash('sha256')
    .update(canonicalJson(ScaleDefinition.parse(definition)), 'utf8')
    .digest('hex');
}
