// `npm run bench`: bundles the benchmarks with esbuild and runs them in plain Node.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outfile = `${root}.cache/bench/foundation-bench.cjs`;
await build({
  entryPoints: [`${root}test/bench/foundation-bench.ts`],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['better-sqlite3-multiple-ciphers'],
  outfile,
  logLevel: 'warning',
});
const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit', cwd: root });
process.exit(run.status ?? 1);
