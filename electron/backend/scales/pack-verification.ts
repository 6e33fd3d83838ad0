import { maxScalePackFileBytes, ScalePackFile, ScalePackPayload } from '../../../shared/schemas/scale-pack';
import type { DistrictKey } from './district-key';
import { formatFingerprint } from './district-key-fingerprint';
import { type ApprovedScale, approvedScales, type KnownScale } from './pack-contents';
import { parseUntrusted, readJsonBytes } from './pack-json';
import { type PackRefusal, refuse } from './pack-refusal';
import { packSignatureHolds } from './pack-signature';

/**
 * verifyScalePack(fileBytes, key, bundled): the one check of a signed scale pack, used by the
 * app before it previews or installs a pack and by the district tool before it writes one.
 * Pure: it reads nothing and stores nothing; the caller stores the file bytes and the result.
 *
 * In order, each step refusing with its reason (docs/scale-packs.md):
 *  1. at most 2 MB, UTF-8 JSON, the pack file schema                      → malformed
 *  2. keyFingerprint equals the installed key's (detail: the pack's, grouped) → unknownKey
 *  3. the Ed25519 signature over the payload bytes holds                   → badSignature
 *  4. the payload is UTF-8 JSON matching the payload schema               → malformed
 *  5. each new definition passes ScaleDefinition                          → invalidDefinition
 *  6. each approval names a shipped scale or pack definition by hash       → unknownApproval
 *  7. each band override names an approved scale and score, stays valid   → invalidOverride
 *
 * The caller still decides whether the pack is newer than the installed one (`sequence`).
 */

export interface VerifiedPack {
  packId: string;
  district: string;
  issuedAt: string;
  /** Increases with each pack of a district; install only a higher one than installed. */
  sequence: number;
  note: string | null;
  keyFingerprint: string;
  /** Every scale the pack approves, as it takes effect (overrides applied). */
  scales: ApprovedScale[];
}

export type PackVerification = { ok: true; pack: VerifiedPack } | PackRefusal;

export function verifyScalePack(
  fileBytes: Uint8Array,
  key: DistrictKey,
  bundled: readonly KnownScale[],
): PackVerification {
  const json = readJsonBytes(fileBytes, maxScalePackFileBytes, 'The pack file');
  if (!json.ok) return json;
  const file = parseUntrusted(ScalePackFile, json.value);
  if (!file.ok) return refuse('malformed', file.detail);
  if (file.value.keyFingerprint !== key.fingerprint)
    return refuse('unknownKey', formatFingerprint(file.value.keyFingerprint));

  const payloadBytes = Buffer.from(file.value.payload, 'base64');
  const signature = Buffer.from(file.value.signature, 'base64');
  if (!packSignatureHolds(payloadBytes, signature, key.publicKey)) return refuse('badSignature');

  const payloadJson = readJsonBytes(payloadBytes, maxScalePackFileBytes, 'The payload');
  if (!payloadJson.ok) return payloadJson;
  const payload = parseUntrusted(ScalePackPayload, payloadJson.value, ['payload']);
  if (!payload.ok) return refuse('malformed', payload.detail);

  const scales = approvedScales(payload.value, bundled);
  if (!scales.ok) return scales;
  const { packId, district, issuedAt, sequence, note } = payload.value;
  return {
    ok: true,
    pack: {
      packId,
      district,
      issuedAt,
      sequence,
      note: note ?? null,
      keyFingerprint: key.fingerprint,
      scales: scales.scales,
    },
  };
}
