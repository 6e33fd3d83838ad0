import path from 'node:path';

/** `fs.promises.realpath`: resolves symlinks, and on Windows 8.3 short names (RUNNER~1). */
export type RealPath = (filePath: string) => Promise<string>;

function pathsFor(platform: NodeJS.Platform): path.PlatformPath {
  return platform === 'win32' ? path.win32 : path.posix;
}

/**
 * The path as compared: absolute, `..` steps resolved. Windows and macOS file systems ignore
 * case by default, so there `C:\Temp` and `c:\temp` are one folder; treating macOS so refuses
 * at worst a look-alike, never lets a temp folder through.
 */
function comparable(filePath: string, platform: NodeJS.Platform): string {
  const resolved = pathsFor(platform).resolve(filePath);
  return platform === 'win32' || platform === 'darwin' ? resolved.toLowerCase() : resolved;
}

/** The folder itself or anything below it; `/tmpx` is not inside `/tmp`. */
export function isInsideFolder(filePath: string, folder: string, platform: NodeJS.Platform): boolean {
  const paths = pathsFor(platform);
  const relative = paths.relative(comparable(folder, platform), comparable(filePath, platform));
  if (relative === '') return true;
  // A path on another Windows drive comes back absolute.
  return relative !== '..' && !relative.startsWith(`..${paths.sep}`) && !paths.isAbsolute(relative);
}

/**
 * The decision: a saved file (PDF or workbook) may not go where temp files go, since the system
 * cleans those folders without asking and other programs of the same user read and write there.
 * Any spelling of the file counts (as given, or resolved), against any spelling of any temp folder.
 */
export function isInTempFolder(
  fileSpellings: readonly string[],
  tempFolderSpellings: readonly string[],
  platform: NodeJS.Platform,
): boolean {
  return fileSpellings.some((file) => tempFolderSpellings.some((folder) => isInsideFolder(file, folder, platform)));
}

/**
 * A path as given and as the file system resolves it (symlinks, macOS's /var → /private/var,
 * Windows short names). A path not yet there is resolved through its folder; when that is
 * missing too, only the given spelling counts.
 */
export async function pathSpellings(filePath: string, realpath: RealPath): Promise<string[]> {
  const spellings = [filePath];
  try {
    spellings.push(await realpath(filePath));
    return spellings;
  } catch {
    // Not there yet: its folder decides.
  }
  try {
    spellings.push(path.join(await realpath(path.dirname(filePath)), path.basename(filePath)));
  } catch {
    // No such folder.
  }
  return spellings;
}

/** The check the save flow runs on the chosen path, with the temp folders resolved at each call. */
export function createTempFolderCheck(options: {
  tempFolders: readonly string[];
  realpath: RealPath;
  platform: NodeJS.Platform;
}): (filePath: string) => Promise<boolean> {
  const { tempFolders, realpath, platform } = options;
  return async (filePath) => {
    const folders = (await Promise.all(tempFolders.map((folder) => pathSpellings(folder, realpath)))).flat();
    return isInTempFolder(await pathSpellings(filePath, realpath), folders, platform);
  };
}
