import type { z } from 'zod';
import { type PackRefusal, refuse, schemaProblem } from './pack-refusal';

/**
 * Reads untrusted JSON bytes (a key file, a pack, a pack's payload): the size is capped before
 * anything is decoded, the text must be valid UTF-8 (a leading BOM, as Windows editors write, is
 * allowed), and every failure is a `malformed` refusal instead of an exception.
 */
export function readJsonBytes(
  bytes: Uint8Array,
  maxBytes: number,
  what: string,
): { ok: true; value: unknown } | PackRefusal<'malformed'> {
  if (bytes.byteLength > maxBytes) return refuse('malformed', `${what} is larger than ${formatSize(maxBytes)}`);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return refuse('malformed', `${what} is not UTF-8 text`);
  }
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return refuse('malformed', `${what} is not JSON`);
  }
}

function formatSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${bytes / (1024 * 1024)} MB` : `${bytes / 1024} KB`;
}

/**
 * A schema check of untrusted data that never throws: a recursive schema (scale conditions nest)
 * given absurdly deep JSON would overflow the stack, and that too is only a problem of the file.
 * Returns the parsed value, or a safe detail (see schemaProblem) prefixed with `path`.
 */
export function parseUntrusted<Schema extends z.ZodType>(
  schema: Schema,
  value: unknown,
  path: string[] = [],
): { ok: true; value: z.output<Schema> } | { ok: false; detail: string } {
  try {
    const result = schema.safeParse(value);
    return result.success ? { ok: true, value: result.data } : { ok: false, detail: schemaProblem(result.error, path) };
  } catch (error) {
    if (error instanceof RangeError) return { ok: false, detail: [...path, 'nested too deeply'].join(': ') };
    throw error;
  }
}
