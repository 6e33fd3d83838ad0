// `npm run district-tool -- <command> …`: bundles the district tool (electron/district-tool/cli.ts)
// with esbuild as scripts/build.mjs bundles the hosts, then runs it in the folder npm was started
// from, so relative paths in the arguments mean what the district expects. The bundle goes to a
// temporary folder, never build/, so it cannot end up packed into the app.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('..', import.meta.url));
const folder = mkdtempSync(join(tmpdir(), 'xinqing-district-tool-'));
const outfile = join(folder, 'cli.cjs');

try {
  await build({
    entryPoints: ['electron/district-tool/cli.ts'],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    legalComments: 'none',
    logLevel: 'warning',
    absWorkingDir: root,
  });
  const run = spawnSync(process.execPath, [outfile, ...process.argv.slice(2)], {
    stdio: 'inherit',
    cwd: process.env.INIT_CWD ?? process.cwd(),
  });
  process.exitCode = run.status ?? 1;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
