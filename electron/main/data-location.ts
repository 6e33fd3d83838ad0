import path from 'node:path';
import { defaultDataFolder } from '../backend/data-folder';

/**
 * Where the records live: `<userData>/records`, unless the school's IT staff point
 * XINQING_DATA_DIR at another folder (an encrypted drive, a managed profile folder). A relative
 * path is refused rather than resolved against whatever the working directory happens to be.
 */
export function dataFolderFrom(userDataFolder: string, env: NodeJS.ProcessEnv): string {
  const override = env.XINQING_DATA_DIR;
  if (override === undefined || override === '') return defaultDataFolder(userDataFolder);
  if (!path.isAbsolute(override)) {
    throw new Error('XINQING_DATA_DIR must be an absolute path.');
  }
  return path.normalize(override);
}

/**
 * The better-sqlite3 binary to load. In development node_modules holds the build for Node, so a
 * developer may point XINQING_NATIVE_BINDING at a copy rebuilt for Electron; a packaged app
 * always uses the module electron-builder rebuilt, whatever the environment says.
 */
export function nativeBindingFrom(isPackaged: boolean, env: NodeJS.ProcessEnv): string | undefined {
  if (isPackaged) return undefined;
  const binding = env.XINQING_NATIVE_BINDING;
  return binding === undefined || binding === '' ? undefined : binding;
}
