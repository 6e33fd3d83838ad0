import type { z } from 'zod';

/**
 * Why a district key file or scale pack is refused: a closed list, so each host shows its own
 * text for each reason (the district tool in English, the app in the counselor's language).
 * `detail` is short and safe to show: a JSON path, a scale id, a schema message. Packs hold no
 * records, and no detail ever repeats a file's text beyond identifiers.
 */
export const packRefusalReasons = [
  /** Too large, not UTF-8 JSON, or not the file format (wrong fields, wrong format version). */
  'malformed',
  /** Signed for a key other than the installed district key. */
  'unknownKey',
  /** The signature does not match the payload: altered, or not made with that key. */
  'badSignature',
  /** A new definition in the pack fails the scale definition format. */
  'invalidDefinition',
  /** An approval names a hash that is neither a shipped scale nor a definition in the pack. */
  'unknownApproval',
  /** A band override names no approved scale or score, or its bands do not tile the score. */
  'invalidOverride',
] as const;
export type PackRefusalReason = (typeof packRefusalReasons)[number];

export interface PackRefusal<Reason extends PackRefusalReason = PackRefusalReason> {
  ok: false;
  reason: Reason;
  detail?: string;
}

const maxDetailLength = 200;

export function refuse<Reason extends PackRefusalReason>(reason: Reason, detail?: string): PackRefusal<Reason> {
  return detail === undefined ? { ok: false, reason } : { ok: false, reason, detail: detail.slice(0, maxDetailLength) };
}

/** The first schema problem as `path: message`, with `prefix` naming where in the file it was. */
export function schemaProblem(error: z.ZodError, prefix: string[] = []): string {
  const issue = error.issues[0];
  if (!issue) return prefix.join('.');
  const path = [...prefix, ...issue.path.map(String)].join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}
