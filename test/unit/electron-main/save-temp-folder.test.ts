import { mkdtemp, realpath, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  createTempFolderCheck,
  isInTempFolder,
  isInsideFolder,
  pathSpellings,
  type RealPath,
} from '../../../electron/main/save-temp-folder';

describe('isInsideFolder', () => {
  it.each([
    ['/tmp/note.pdf', '/tmp'],
    ['/tmp/a/b/note.pdf', '/tmp/'],
    ['/tmp', '/tmp'],
    ['/home/t/../../tmp/note.pdf', '/tmp'],
    ['/tmp/./x/../note.pdf', '/tmp'],
    ['/tmp/..note.pdf', '/tmp'],
  ])('finds %s inside %s (posix)', (file, folder) => {
    expect(isInsideFolder(file, folder, 'linux')).toBe(true);
  });

  it.each([
    ['/tmpx/note.pdf', '/tmp'],
    ['/tmp-old/note.pdf', '/tmp'],
    ['/tmp/../home/t/note.pdf', '/tmp'],
    ['/home/t/Documents/note.pdf', '/tmp'],
    ['/', '/tmp'],
  ])('keeps %s outside %s (posix)', (file, folder) => {
    expect(isInsideFolder(file, folder, 'linux')).toBe(false);
  });

  it('compares case-sensitively on Linux', () => {
    expect(isInsideFolder('/TMP/note.pdf', '/tmp', 'linux')).toBe(false);
  });

  it('ignores case on Windows, and on macOS where the file system does by default', () => {
    const temp = 'C:\\Users\\Li\\AppData\\Local\\Temp';
    expect(isInsideFolder('c:\\users\\li\\appdata\\local\\TEMP\\note.pdf', temp, 'win32')).toBe(true);
    expect(isInsideFolder('/private/var/folders/AB/T/note.pdf', '/private/var/folders/ab/T', 'darwin')).toBe(true);
  });

  it.each([
    ['C:\\Users\\Li\\AppData\\Local\\Temp\\..\\..\\Local\\Temp\\x\\note.pdf', true],
    ['C:/Users/Li/AppData/Local/Temp/note.pdf', true],
    ['C:\\Users\\Li\\AppData\\Local\\Temp2\\note.pdf', false],
    ['C:\\Users\\Li\\AppData\\Local\\Temp\\..\\note.pdf', false],
    ['D:\\Users\\Li\\AppData\\Local\\Temp\\note.pdf', false],
    ['C:\\Users\\Li\\Documents\\note.pdf', false],
  ])('on Windows, %s inside the temp folder: %s', (file, inside) => {
    expect(isInsideFolder(file, 'C:\\Users\\Li\\AppData\\Local\\Temp', 'win32')).toBe(inside);
  });
});

describe('isInTempFolder', () => {
  it('refuses when any spelling of the file is in any spelling of any temp folder', () => {
    expect(isInTempFolder(['/home/t/link/note.pdf', '/tmp/note.pdf'], ['/var/tmp', '/tmp'], 'linux')).toBe(true);
    expect(isInTempFolder(['/home/t/Documents/note.pdf'], ['/var/tmp', '/tmp'], 'linux')).toBe(false);
  });
});

/** A file system of symlinks: the real path of each existing path, ENOENT for the rest. */
function fakeRealpath(links: Record<string, string>): RealPath {
  return async (filePath) => {
    const real = links[filePath];
    if (real === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return real;
  };
}

describe('pathSpellings', () => {
  it('resolves an existing file itself, so a symlink into the temp folder is seen', async () => {
    const realpath = fakeRealpath({ '/home/t/Documents/note.pdf': '/tmp/note.pdf' });
    expect(await pathSpellings('/home/t/Documents/note.pdf', realpath)).toEqual([
      '/home/t/Documents/note.pdf',
      '/tmp/note.pdf',
    ]);
  });

  it('resolves a new file through its folder', async () => {
    const realpath = fakeRealpath({ '/var/folders/ab/T': '/private/var/folders/ab/T' });
    expect(await pathSpellings('/var/folders/ab/T/note.pdf', realpath)).toEqual([
      '/var/folders/ab/T/note.pdf',
      '/private/var/folders/ab/T/note.pdf',
    ]);
  });

  it('keeps only the given spelling when nothing of it exists', async () => {
    expect(await pathSpellings('/nowhere/note.pdf', fakeRealpath({}))).toEqual(['/nowhere/note.pdf']);
  });
});

describe('createTempFolderCheck', () => {
  it('catches a folder symlinked into the temp folder, and a temp folder reached through a symlink', async () => {
    const check = createTempFolderCheck({
      tempFolders: ['/var/folders/ab/T'],
      realpath: fakeRealpath({
        '/var/folders/ab/T': '/private/var/folders/ab/T',
        '/Users/li/Desktop/scratch': '/private/var/folders/ab/T/scratch',
        '/Users/li/Documents': '/Users/li/Documents',
      }),
      platform: 'darwin',
    });
    expect(await check('/Users/li/Desktop/scratch/note.pdf')).toBe(true);
    expect(await check('/private/var/folders/ab/T/note.pdf')).toBe(true);
    expect(await check('/Users/li/Documents/note.pdf')).toBe(false);
  });
});

describe('the temp-folder check on this machine', () => {
  it('refuses a new file in the real temp folder and accepts one in the home folder', async () => {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'xinqing-pdf-'));
    try {
      const check = createTempFolderCheck({ tempFolders: [os.tmpdir()], realpath, platform: process.platform });
      expect(await check(path.join(folder, 'note.pdf'))).toBe(true);
      expect(await check(path.join(folder, '..', 'note.pdf'))).toBe(true);
      // Not the project folder: a CI checkout may itself live in the temp folder.
      expect(await check(path.join(os.homedir(), 'Documents', 'note.pdf'))).toBe(false);
    } finally {
      await rm(folder, { recursive: true });
    }
  });
});
