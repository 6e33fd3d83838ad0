import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { dataFolderFrom, nativeBindingFrom } from '../../../electron/main/data-location';

const userData = path.resolve('/home/counselor/.config/Xinqing');

describe('dataFolderFrom', () => {
  it('uses <userData>/records by default', () => {
    expect(dataFolderFrom(userData, {})).toBe(path.join(userData, 'records'));
    expect(dataFolderFrom(userData, { XINQING_DATA_DIR: '' })).toBe(path.join(userData, 'records'));
  });

  it('lets IT staff choose an absolute folder', () => {
    const chosen = path.resolve('/mnt/encrypted/xinqing');
    expect(dataFolderFrom(userData, { XINQING_DATA_DIR: chosen })).toBe(chosen);
  });

  it('refuses a relative folder instead of resolving it against the working directory', () => {
    expect(() => dataFolderFrom(userData, { XINQING_DATA_DIR: 'records' })).toThrow(/absolute/);
    expect(() => dataFolderFrom(userData, { XINQING_DATA_DIR: '../records' })).toThrow(/absolute/);
  });
});

describe('nativeBindingFrom', () => {
  const env = { XINQING_NATIVE_BINDING: '/dev/better_sqlite3.electron.node' };

  it('uses the developer-supplied binary only in development', () => {
    expect(nativeBindingFrom(false, env)).toBe('/dev/better_sqlite3.electron.node');
    expect(nativeBindingFrom(false, {})).toBeUndefined();
    expect(nativeBindingFrom(false, { XINQING_NATIVE_BINDING: '' })).toBeUndefined();
  });

  it('ignores the environment in a packaged app', () => {
    expect(nativeBindingFrom(true, env)).toBeUndefined();
  });
});
