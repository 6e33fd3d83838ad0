import { z } from 'zod';
import { blockOfText, Id, IsoTime, lineOfText } from './common';
import { ScaleDefinition, ScaleKey, ScoreBand } from './scale-definition';
import { ScaleHash } from './scales';

/**
 * A district's scale pack and the public key that signs it (docs/scale-packs.md). The signature
 * covers the exact bytes of the payload, carried as base64, so no JSON canonicalisation is needed
 * to check it. Definitions inside the payload are read as `unknown` here and checked one by one
 * afterwards, so a refusal can name the scale at fault.
 */

export const districtKeyFormat = 'xinqing-district-key';
export const scalePackFormat = 'xinqing-scale-pack';

/** Files are refused above these sizes before anything parses them. */
export const maxDistrictKeyFileBytes = 4 * 1024;
export const maxScalePackFileBytes = 2 * 1024 * 1024;

const newerFormat = { message: 'format version 1 only; the file may come from a newer version of Xinqing' };

/** The district's name as it signs ("和平区心理健康教育中心"). */
export const DistrictName = lineOfText(100).min(1);

/** SHA-256 of the raw 32-byte public key, 64 lowercase hex digits; shown grouped for reading aloud. */
export const KeyFingerprint = z.string().regex(/^[0-9a-f]{64}$/, { message: '64 lowercase hex digits' });

export const DistrictKeyFile = z.strictObject({
  format: z.literal(districtKeyFormat),
  formatVersion: z.literal(1, newerFormat),
  district: DistrictName,
  /** Base64 of the raw 32-byte Ed25519 public key. */
  publicKey: z.base64().length(44),
});
export type DistrictKeyFile = z.infer<typeof DistrictKeyFile>;

export const ScalePackFile = z.strictObject({
  format: z.literal(scalePackFormat),
  formatVersion: z.literal(1, newerFormat),
  keyFingerprint: KeyFingerprint,
  /** Base64 of the UTF-8 bytes of the payload JSON: what the signature covers. */
  payload: z.base64().min(4).max(maxScalePackFileBytes),
  /** Base64 of the 64-byte Ed25519 signature over the payload bytes. */
  signature: z.base64().length(88),
});
export type ScalePackFile = z.infer<typeof ScalePackFile>;

/** A shipped scale the district approves, named by identifier, version and content hash. */
export const PackApproval = z.strictObject({
  id: ScaleKey,
  version: ScaleDefinition.shape.version,
  hash: ScaleHash,
});
export type PackApproval = z.infer<typeof PackApproval>;

/** New bands for one score of an approved scale, which is named by the hash of its definition. */
export const BandOverride = z.strictObject({
  scaleId: ScaleKey,
  hash: ScaleHash,
  scoreId: ScaleKey,
  bands: z.array(ScoreBand).min(1).max(12),
});
export type BandOverride = z.infer<typeof BandOverride>;

const sourceFields = {
  district: DistrictName,
  /** Increases with every pack; an installed pack is replaced only by a higher sequence. */
  sequence: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  approved: z.array(PackApproval).max(100),
  /** New scales in full; each counts as approved. Checked against ScaleDefinition one by one. */
  definitions: z.array(z.unknown()).max(50),
  bandOverrides: z.array(BandOverride).max(200),
  note: blockOfText(2000).min(1).optional(),
};

/** What a district writes for the command-line tool: the payload without the id and time it adds. */
export const ScalePackSource = z.strictObject(sourceFields);
export type ScalePackSource = z.infer<typeof ScalePackSource>;

/** The signed payload. */
export const ScalePackPayload = z.strictObject({ packId: Id, issuedAt: IsoTime, ...sourceFields });
export type ScalePackPayload = z.infer<typeof ScalePackPayload>;
