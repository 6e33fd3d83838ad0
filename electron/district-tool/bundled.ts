import { bundledScales } from '../backend/scales/bundled-scales';

/** The scales this version of Xinqing ships, with the hashes a pack source approves them by. */
export function listBundled(): void {
  console.log('Scales shipped with this version of Xinqing (copy id, version and hash into "approved"):');
  for (const { definition, hash } of bundledScales) {
    console.log(`  { "id": "${definition.id}", "version": "${definition.version}", "hash": "${hash}" }`);
  }
}
