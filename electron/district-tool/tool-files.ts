import { closeSync, openSync, readSync, writeFileSync } from 'node:fs';
import { ToolError } from './tool-error';

/**
 * Reads at most `cap + 1` bytes, so a huge file is never loaded whole and the size check of
 * the code that parses it still sees that it is too large.
 */
export function readCapped(path: string, cap: number): Buffer {
  let descriptor: number;
  try {
    descriptor = openSync(path, 'r');
  } catch (error) {
    throw new ToolError(`Cannot open ${path}: ${describe(error)}.`);
  }
  try {
    const buffer = Buffer.alloc(cap + 1);
    let length = 0;
    while (length < buffer.byteLength) {
      const read = readSync(descriptor, buffer, length, buffer.byteLength - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  } catch (error) {
    throw new ToolError(`Cannot read ${path}: ${describe(error)}.`);
  } finally {
    closeSync(descriptor);
  }
}

/** Writes a file that must not exist yet: keys and packs are never overwritten by accident. */
export function writeNewFile(path: string, text: string, mode = 0o644): void {
  try {
    writeFileSync(path, text, { flag: 'wx', mode });
  } catch (error) {
    throw new ToolError(`Cannot write ${path}: ${describe(error)}.`);
  }
}

const descriptions: Record<string, string> = {
  ENOENT: 'no such file or folder',
  EEXIST: 'it already exists, and the tool never overwrites a file',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EISDIR: 'it is a folder',
};

function describe(error: unknown): string {
  const code = error instanceof Error && 'code' in error && typeof error.code === 'string' ? error.code : undefined;
  return (code && descriptions[code]) ?? code ?? 'unknown error';
}
