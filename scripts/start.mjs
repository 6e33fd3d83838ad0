// `npm start`: builds the app and launches it in Electron. Where Electron's binary is missing
// (it is downloaded at install time, which needs network access) it says so and runs the same
// app in the system browser instead (`npm run start:browser`).
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildApp } from './build-app.mjs';
import { runBrowserHost } from './run-browser-host.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const require = createRequire(import.meta.url);
const nativeModule = 'better-sqlite3-multiple-ciphers';

function electronBinary() {
  try {
    const path = require('electron');
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

/**
 * The native SQLite module in node_modules is built for Node (tests use it). Electron needs its
 * own build: make one in .cache/ and point the main process at it, leaving node_modules alone.
 */
async function electronNativeBinding() {
  const electronVersion = require('electron/package.json').version;
  const folder = join(root, '.cache', `electron-${electronVersion}`);
  const binding = join(folder, 'node_modules', nativeModule, 'build', 'Release', 'better_sqlite3.node');
  if (existsSync(binding)) return binding;
  mkdirSync(folder, { recursive: true });
  writeFileSync(join(folder, 'package.json'), JSON.stringify({ name: 'xinqing-electron-native', private: true }));
  cpSync(join(root, 'node_modules', nativeModule), join(folder, 'node_modules', nativeModule), { recursive: true });
  const { rebuild } = require('@electron/rebuild');
  console.log(`Building the SQLite module for Electron ${electronVersion} (once; a few minutes)…`);
  await rebuild({ buildPath: folder, electronVersion, onlyModules: [nativeModule], force: true });
  return binding;
}

buildApp();

const electron = electronBinary();
if (electron === null) {
  console.log(
    "Electron's program is not installed here (it downloads during `npm ci` and needs network access).\n" +
      'Starting Xinqing in the system browser instead (npm run start:browser).',
  );
  runBrowserHost(process.argv.slice(2));
} else {
  const binding = await electronNativeBinding();
  const app = spawn(electron, [root], { stdio: 'inherit', env: { ...process.env, XINQING_NATIVE_BINDING: binding } });
  app.on('exit', (code) => process.exit(code ?? 0));
}
