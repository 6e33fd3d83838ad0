import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const cli = fileURLToPath(new URL('../build/browser-host/cli.cjs', import.meta.url));

/**
 * Runs the built browser host, opening the system browser, until it or this process ends.
 * @param {string[]} args
 */
export function runBrowserHost(args) {
  const host = spawn(process.execPath, [cli, '--open', ...args], { stdio: 'inherit' });
  for (const signal of /** @type {const} */ (['SIGINT', 'SIGTERM'])) process.on(signal, () => host.kill(signal));
  host.on('exit', (code) => process.exit(code ?? 0));
}
