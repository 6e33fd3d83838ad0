// `npm run bench`: bundles each benchmark (test/bench/*-bench.ts) with esbuild and runs them in
// plain Node, one after the other.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const benchmarks = readdirSync(`${root}test/bench`)
  .filter((file) => file.endsWith('-bench.ts'))
  .sort();
let failed = false;
for (const file of benchmarks) {
  const outfile = `${root}.cache/bench/${file.replace(/\.ts$/, '.cjs')}`;
  await build({
    entryPoints: [`${root}test/bench/${file}`],
    bundle: true,
    platform: 'node',
    format: 'cjs',
    target: 'node20',
    external: ['better-sqlite3-multiple-ciphers'],
    outfile,
    logLevel: 'warning',
  });
  console.log(`\n${file}`);
  const run = spawnSync(process.execPath, [outfile], { stdio: 'inherit', cwd: root });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);
