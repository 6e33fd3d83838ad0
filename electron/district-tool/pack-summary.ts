import { formatFingerprint } from '../backend/scales/district-key-fingerprint';
import type { VerifiedPack } from '../backend/scales/pack-verification';

/** What a verified pack approves, one scale a line, as the tool prints it after sign and verify. */
export function packSummary(pack: VerifiedPack): string {
  const scales = pack.scales.map((scale) => {
    const origin = scale.origin === 'bundled' ? 'shipped' : 'district';
    const bands = scale.overridden ? ', bands overridden' : '';
    return `  ${scale.definition.id} ${scale.definition.version} (${origin}${bands})  ${scale.hash}`;
  });
  return [
    `Pack ${pack.packId} from ${pack.district}`,
    `Issued ${pack.issuedAt}, sequence ${pack.sequence}`,
    `Key fingerprint: ${formatFingerprint(pack.keyFingerprint)}`,
    ...(pack.note === null ? [] : [`Note: ${pack.note}`]),
    `Approves ${pack.scales.length} scale(s); results will name the hash shown:`,
    ...scales,
  ].join('\n');
}
