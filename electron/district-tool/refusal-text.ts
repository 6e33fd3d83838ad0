import type { PackRefusal, PackRefusalReason } from '../backend/scales/pack-refusal';

const reasons: Record<PackRefusalReason, string> = {
  malformed: 'the file is not a valid Xinqing file of this kind (too large, not JSON, or wrong fields).',
  unknownKey: 'the pack was signed for a different district key than this one.',
  badSignature: 'the signature does not match: the pack was changed after signing, or signed with another key.',
  invalidDefinition: 'a scale definition in the pack is not valid.',
  unknownApproval:
    'the pack approves a scale hash that neither ships with this version of Xinqing nor is defined in the pack.',
  invalidOverride: 'a band override does not fit the scale it names.',
};

/** `Refused (badSignature): the signature …` plus the detail, for the district's reading. */
export function refusalText(refusal: PackRefusal): string {
  const detail = refusal.detail === undefined ? '' : `\n  Where: ${refusal.detail}`;
  return `Refused (${refusal.reason}): ${reasons[refusal.reason]}${detail}`;
}
