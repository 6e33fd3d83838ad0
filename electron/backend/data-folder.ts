import { homedir } from 'node:os';
import { join } from 'node:path';

export const databaseFileName = 'xinqing.db';
export const vaultFileName = 'xinqing.vault.json';

export interface DataPaths {
  folder: string;
  database: string;
  vault: string;
}

export function dataPaths(folder: string): DataPaths {
  return { folder, database: join(folder, databaseFileName), vault: join(folder, vaultFileName) };
}

/** Electron's `userData` for the product name, computed without Electron so every host agrees. */
export function electronUserDataFolder(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
  home: string = homedir(),
): string {
  const productName = 'Xinqing';
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), productName);
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', productName);
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), productName);
}

/** Where the records live inside Electron's userData folder. */
export function defaultDataFolder(userDataFolder: string = electronUserDataFolder()): string {
  return join(userDataFolder, 'records');
}
