import { maxImportFileBytes } from '../../../../shared/schemas/student-import';

/** Whether a picked file may be read and sent: the contract refuses larger ones unread. */
export function fitsImportLimit(sizeInBytes: number): boolean {
  return sizeInBytes <= maxImportFileBytes;
}

export const importLimitMegabytes = maxImportFileBytes / (1024 * 1024);

/** The file's bytes as base64, the way the contract carries them. */
export function base64FromBytes(bytes: Uint8Array): string {
  // In slices: spreading millions of arguments at once overflows the call stack.
  const sliceLength = 0x8000;
  let binary = '';
  for (let start = 0; start < bytes.length; start += sliceLength) {
    binary += String.fromCharCode(...bytes.subarray(start, start + sliceLength));
  }
  return btoa(binary);
}
