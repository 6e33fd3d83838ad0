/**
 * A key fingerprint in groups of four hex digits, the way it is read out over the phone. Any
 * spacing the backend put in is ignored, so both `ab12 cd34` and `ab12cd34` group alike.
 */
export function fingerprintGroups(fingerprint: string): string[] {
  const digits = fingerprint.toUpperCase().replace(/[^0-9A-F]/g, '');
  return digits.match(/.{1,4}/g) ?? [];
}

/** The first 16 hex digits of a content hash: enough to tell versions apart at a glance. */
export function shortHash(hash: string): string {
  return hash.slice(0, 16);
}
