import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { checkZipLimits } from '../../../../electron/backend/students/import/zip-limits';

/** A minimal zip with one deflated part; `declaredSize` may lie, as a hostile file's does. */
function zipOf(content: Buffer, declaredSize = content.length): Buffer {
  const name = Buffer.from('xl/worksheets/sheet1.xml');
  const data = deflateRawSync(content);
  const local = Buffer.alloc(30);
  local.writeUInt32LE(0x04034b50, 0);
  local.writeUInt16LE(8, 8);
  local.writeUInt32LE(data.length, 18);
  local.writeUInt32LE(declaredSize, 22);
  local.writeUInt16LE(name.length, 26);
  const central = Buffer.alloc(46);
  central.writeUInt32LE(0x02014b50, 0);
  central.writeUInt16LE(8, 10);
  central.writeUInt32LE(data.length, 20);
  central.writeUInt32LE(declaredSize, 24);
  central.writeUInt16LE(name.length, 28);
  central.writeUInt32LE(0, 42);
  const directoryOffset = local.length + name.length + data.length;
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(1, 8);
  end.writeUInt16LE(1, 10);
  end.writeUInt32LE(central.length + name.length, 12);
  end.writeUInt32LE(directoryOffset, 16);
  return Buffer.concat([local, name, data, central, name, end]);
}

describe('the zip bomb guard', () => {
  it('lets a small package through', () => {
    expect(() => checkZipLimits(zipOf(Buffer.from('<worksheet/>')))).not.toThrow();
  });

  it('refuses a part that unpacks too far, whether it says so or lies', () => {
    const huge = Buffer.alloc(65 * 1024 * 1024);
    const tooLarge = expect.objectContaining({ code: 'IMPORT_FILE_TOO_LARGE' });
    expect(() => checkZipLimits(zipOf(huge))).toThrow(tooLarge);
    expect(() => checkZipLimits(zipOf(huge, 100))).toThrow(tooLarge);
  });

  it('refuses what is not a zip, or a truncated one', () => {
    const invalid = expect.objectContaining({ code: 'IMPORT_FILE_INVALID' });
    expect(() => checkZipLimits(Buffer.from('not a zip at all'))).toThrow(invalid);
    const whole = zipOf(Buffer.from('<worksheet/>'.repeat(100)));
    expect(() => checkZipLimits(whole.subarray(0, whole.length - 30))).toThrow(invalid);
    const damaged = Buffer.from(whole);
    damaged.fill(0xff, 54, 64); // the deflated data, after the 30-byte header and the name
    expect(() => checkZipLimits(damaged)).toThrow(invalid);
  });
});
