/**
 * One JSON text per value, so a hash of it identifies content rather than formatting: object
 * keys sorted by UTF-16 code units, no whitespace, numbers and strings as JSON.stringify writes
 * them (for the values a definition holds this matches RFC 8785). Object properties whose value
 * is undefined are left out, as in JSON; anything JSON cannot carry exactly is refused.
 */
export function canonicalJson(value: unknown): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError('canonical JSON has no NaN or Infinity');
      return JSON.stringify(value);
    case 'object': {
      // Array.from visits holes too, so a sparse array is refused instead of read as nulls.
      if (Array.isArray(value)) return `[${Array.from(value, (entry: unknown) => canonicalJson(entry)).join(',')}]`;
      const prototype: unknown = Object.getPrototypeOf(value);
      if (prototype !== Object.prototype && prototype !== null)
        throw new TypeError('canonical JSON takes plain objects only');
      const record = value as Record<string, unknown>;
      const members = Object.keys(record)
        .filter((key) => record[key] !== undefined)
        .sort()
        .map((key) => `${JSON.stringify(key)}:${canonicalJson(record[key])}`);
      return `{${members.join(',')}}`;
    }
    default:
      throw new TypeError(`canonical JSON cannot hold a ${typeof value}`);
  }
}
