import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** Runs scripts/build.mjs in its own process and exits with its status if it fails. */
export function buildApp() {
  const built = spawnSync(process.execPath, [fileURLToPath(new URL('build.mjs', import.meta.url))], {
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}
