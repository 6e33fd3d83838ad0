// Builds everything the hosts load: the renderer with Vite, and the Electron main process,
// the preload and the browser host as single CommonJS bundles with esbuild.
import { build as buildBundle } from 'esbuild';
import { build as buildRenderer } from 'vite';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
// Another output folder lets two end-to-end runs build side by side without emptying each other's.
const out = process.env.XINQING_BUILD_DIR ?? 'build';

await buildRenderer({
  configFile: `${root}renderer/vite.config.mts`,
  logLevel: 'warn',
  build: { outDir: `${root}${out}/renderer` },
});

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['electron', 'better-sqlite3-multiple-ciphers'],
  legalComments: 'none',
  logLevel: 'warning',
  absWorkingDir: root,
};

await Promise.all([
  buildBundle({ ...common, entryPoints: ['electron/main/main.ts'], outfile: `${out}/electron/main.cjs` }),
  buildBundle({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: `${out}/electron/preload.cjs` }),
  buildBundle({ ...common, entryPoints: ['electron/browser-host/cli.ts'], outfile: `${out}/browser-host/cli.cjs` }),
]);
console.log(`Built ${out}/renderer, ${out}/electron and ${out}/browser-host.`);
