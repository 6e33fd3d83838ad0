import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { createBackend } from '../backend/backend';
import { parseHostOptions } from './host-options';
import { startBrowserHost } from './server';
import { findSystemBrowser, openInSystemBrowser } from './system-browser';

/** `node build/browser-host/cli.cjs [--data-dir DIR] [--port N] [--open]` */
async function main(): Promise<void> {
  const options = parseHostOptions(process.argv.slice(2), process.env);
  mkdirSync(options.dataFolder, { recursive: true, mode: 0o700 });
  const backend = createBackend({
    dataFolder: options.dataFolder,
    onInternalError: (error) => console.error('Internal error:', error instanceof Error ? error.name : 'unknown'),
  });
  const host = await startBrowserHost({
    router: backend.router,
    rendererFolder: join(__dirname, '..', 'renderer'),
    port: options.port,
  });
  console.log(`Data folder: ${options.dataFolder}`);
  console.log(`Xinqing is running at ${host.url}`);
  if (options.open) {
    const browser = findSystemBrowser();
    if (browser) openInSystemBrowser(browser, host.url);
    else console.log('No Chromium or Chrome was found; open the address above in one.');
  }
  const stop = () => {
    backend.close();
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
