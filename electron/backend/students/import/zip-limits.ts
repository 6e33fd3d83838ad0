import { inflateRawSync } from 'node:zlib';
import { BackendError } from '../../errors';
import { maxUnpackedBytes, maxZipEntries } from './file-limits';

const endOfDirectorySignature = 0x06054b50;
const directoryEntrySignature = 0x02014b50;
const localHeaderSignature = 0x04034b50;
const stored = 0;
const deflated = 8;

const invalid = () => new BackendError('IMPORT_FILE_INVALID', 'The file is not a readable XLSX package.');
const tooLarge = () => new BackendError('IMPORT_FILE_TOO_LARGE', 'The XLSX package unpacks to too much data.');

/**
 * Refuses a zip bomb before the XLSX reader unpacks it: a 5 MiB file could otherwise inflate to
 * gigabytes in memory. Walks the zip directory and inflates every part with a ceiling on the
 * total output, so a part that lies about its size is caught too. XLSX needs neither Zip64 nor
 * methods other than stored and deflated, so anything else is refused as invalid.
 */
export function checkZipLimits(bytes: Buffer): void {
  const end = findEndOfDirectory(bytes);
  const entries = bytes.readUInt16LE(end + 10);
  const directorySize = bytes.readUInt32LE(end + 12);
  let position = bytes.readUInt32LE(end + 16);
  if (entries === 0xffff || position === 0xffffffff || position + directorySize > end) throw invalid();
  if (entries > maxZipEntries) throw tooLarge();
  let unpacked = 0;
  for (let index = 0; index < entries; index += 1) {
    if (position + 46 > end || bytes.readUInt32LE(position) !== directoryEntrySignature) throw invalid();
    const method = bytes.readUInt16LE(position + 10);
    const compressedSize = bytes.readUInt32LE(position + 20);
    const declaredSize = bytes.readUInt32LE(position + 24);
    const localHeader = bytes.readUInt32LE(position + 42);
    position +=
      46 + bytes.readUInt16LE(position + 28) + bytes.readUInt16LE(position + 30) + bytes.readUInt16LE(position + 32);
    if (unpacked + declaredSize > maxUnpackedBytes) throw tooLarge();
    unpacked += unpackedSize(bytes, { method, compressedSize, localHeader }, maxUnpackedBytes - unpacked);
  }
}

function findEndOfDirectory(bytes: Buffer): number {
  const earliest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let offset = bytes.length - 22; offset >= earliest; offset -= 1) {
    if (bytes.readUInt32LE(offset) === endOfDirectorySignature) return offset;
  }
  throw invalid();
}

function unpackedSize(
  bytes: Buffer,
  entry: { method: number; compressedSize: number; localHeader: number },
  budget: number,
): number {
  const { localHeader, compressedSize } = entry;
  if (localHeader + 30 > bytes.length || bytes.readUInt32LE(localHeader) !== localHeaderSignature) throw invalid();
  const start = localHeader + 30 + bytes.readUInt16LE(localHeader + 26) + bytes.readUInt16LE(localHeader + 28);
  if (start + compressedSize > bytes.length) throw invalid();
  const data = bytes.subarray(start, start + compressedSize);
  if (entry.method === stored) {
    if (data.length > budget) throw tooLarge();
    return data.length;
  }
  if (entry.method !== deflated) throw invalid();
  try {
    return inflateRawSync(data, { maxOutputLength: Math.max(1, budget) }).length;
  } catch (error) {
    throw (error as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE' ? tooLarge() : invalid();
  }
}
