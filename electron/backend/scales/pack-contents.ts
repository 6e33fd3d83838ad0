import { ScaleDefinition, ScaleKey } from '../../../shared/schemas/scale-definition';
import type { BandOverride, ScalePackPayload } from '../../../shared/schemas/scale-pack';
import { scaleContentHash } from './content-hash';
import { applyBandOverrides } from './pack-band-overrides';
import { parseUntrusted } from './pack-json';
import { type PackRefusal, refuse } from './pack-refusal';

/**
 * What a verified payload approves, in three steps that each have their own refusal: the new
 * definitions must be valid (`invalidDefinition`), every approval must name a shipped scale or a
 * definition in the pack by hash (`unknownApproval`), and every band override must name an
 * approved scale and one of its scores and leave a valid definition (`invalidOverride`). One
 * version per scale: two different approved hashes for one scale id are `malformed`.
 */

/** A definition the app already knows: the shipped scales, as bundled-scales.ts lists them. */
export interface KnownScale {
  definition: ScaleDefinition;
  hash: string;
}

/** An approved scale as it takes effect: overrides applied, hashed after them. */
export interface ApprovedScale {
  definition: ScaleDefinition;
  /** Content hash of `definition`, the effective one: what results name. */
  hash: string;
  /** Content hash of the definition as shipped or as written in the pack, before overrides. */
  baseHash: string;
  /** `bundled` when the approved definition is one the app ships, `district` when only the pack has it. */
  origin: 'bundled' | 'district';
  overridden: boolean;
}

type ContentsRefusal = PackRefusal<'malformed' | 'invalidDefinition' | 'unknownApproval' | 'invalidOverride'>;

export function approvedScales(
  payload: ScalePackPayload,
  bundled: readonly KnownScale[],
): { ok: true; scales: ApprovedScale[] } | ContentsRefusal {
  const definitions = packDefinitions(payload.definitions);
  if (!definitions.ok) return definitions;
  const approvals = resolveApprovals(payload, definitions.scales, bundled);
  if (!approvals.ok) return approvals;
  return applyOverrides(payload.bandOverrides, approvals.scales);
}

function packDefinitions(raw: readonly unknown[]): { ok: true; scales: KnownScale[] } | ContentsRefusal {
  const scales: KnownScale[] = [];
  for (const [index, value] of raw.entries()) {
    const parsed = parseUntrusted(ScaleDefinition, value);
    if (!parsed.ok) return refuse('invalidDefinition', `${definitionLabel(index, value)}: ${parsed.detail}`);
    scales.push({ definition: parsed.value, hash: scaleContentHash(parsed.value) });
  }
  return { ok: true, scales };
}

/** `definitions.2 (asq)`: the scale id only when it is a well-formed one, never other text of the file. */
function definitionLabel(index: number, value: unknown): string {
  const id = typeof value === 'object' && value !== null && 'id' in value ? value.id : undefined;
  return ScaleKey.safeParse(id).success ? `definitions.${index} (${String(id)})` : `definitions.${index}`;
}

/** Approvals in their order, then the pack's definitions no approval named; keyed by base hash. */
function resolveApprovals(
  payload: ScalePackPayload,
  definitions: readonly KnownScale[],
  bundled: readonly KnownScale[],
): { ok: true; scales: Map<string, ApprovedScale> } | ContentsRefusal {
  const bundledHashes = new Set(bundled.map((scale) => scale.hash));
  const known = new Map([...bundled, ...definitions].map((scale) => [scale.hash, scale.definition]));
  const scales = new Map<string, ApprovedScale>();
  const hashById = new Map<string, string>();
  const add = (hash: string, definition: ScaleDefinition, where: string): ContentsRefusal | undefined => {
    const other = hashById.get(definition.id);
    if (other !== undefined && other !== hash) {
      return refuse('malformed', `${where}: ${definition.id} is approved in two versions; a pack approves one`);
    }
    hashById.set(definition.id, hash);
    const origin = bundledHashes.has(hash) ? 'bundled' : 'district';
    scales.set(hash, { definition, hash, baseHash: hash, origin, overridden: false });
    return undefined;
  };

  for (const [index, approval] of payload.approved.entries()) {
    const where = `approved.${index} (${approval.id})`;
    const definition = known.get(approval.hash);
    if (!definition) return refuse('unknownApproval', `${where}: no shipped scale or pack definition has this hash`);
    if (definition.id !== approval.id || definition.version !== approval.version) {
      return refuse('unknownApproval', `${where}: the hash is ${definition.id} version ${definition.version}`);
    }
    const refusal = add(approval.hash, definition, where);
    if (refusal) return refusal;
  }
  for (const [index, scale] of definitions.entries()) {
    const refusal = add(scale.hash, scale.definition, `definitions.${index} (${scale.definition.id})`);
    if (refusal) return refusal;
  }
  return { ok: true, scales };
}

/** One override at a time, each checked on the definition it leaves, so a refusal names it. */
function applyOverrides(
  overrides: readonly BandOverride[],
  scales: Map<string, ApprovedScale>,
): { ok: true; scales: ApprovedScale[] } | ContentsRefusal {
  const seen = new Set<string>();
  for (const [index, override] of overrides.entries()) {
    const where = `bandOverrides.${index} (${override.scaleId}, ${override.scoreId})`;
    const scale = scales.get(override.hash);
    if (!scale || scale.definition.id !== override.scaleId) {
      return refuse('invalidOverride', `${where}: no approved scale has this id and hash`);
    }
    if (!scale.definition.scores.some((score) => score.id === override.scoreId)) {
      return refuse('invalidOverride', `${where}: the scale has no such score`);
    }
    const key = `${override.hash}/${override.scoreId}`;
    if (seen.has(key)) return refuse('invalidOverride', `${where}: this score is overridden twice`);
    seen.add(key);
    const checked = parseUntrusted(ScaleDefinition, applyBandOverrides(scale.definition, [override]));
    if (!checked.ok) return refuse('invalidOverride', `${where}: ${checked.detail}`);
    scale.definition = checked.value;
    scale.overridden = true;
  }
  return {
    ok: true,
    scales: [...scales.values()].map((scale) =>
      scale.overridden ? { ...scale, hash: scaleContentHash(scale.definition) } : scale,
    ),
  };
}
