import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cliPath = resolve(__dirname, '../../..', process.env.XINQING_BUILD_DIR ?? 'build', 'browser-host/cli.cjs');

export interface RunningHost {
  url: string;
  dataFolder: string;
  process: ChildProcess;
  /** Ends the host the way a closing app does (SIGTERM: lock, close the database). */
  stop(): Promise<void>;
  /** Ends it the way a crash or power cut does: no chance to clean up. */
  kill(): Promise<void>;
}

export function newDataFolder(): string {
  return mkdtempSync(join(tmpdir(), 'xinqing-e2e-'));
}

export function removeDataFolder(folder: string): void {
  rmSync(folder, { recursive: true, force: true });
}

/** Starts the real browser host (built by `npm run build`) on its own data folder and a free port. */
export function startHost(dataFolder: string): Promise<RunningHost> {
  const child = spawn(process.execPath, [cliPath, '--data-dir', dataFolder, '--port', '0'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const ended = (signal: NodeJS.Signals) =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      child.once('exit', () => done());
      child.kill(signal);
    });
  return new Promise((resolveHost, reject) => {
    const timer = setTimeout(() => reject(new Error(`The host did not start:\n${output}`)), 30_000);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/\S+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      resolveHost({
        url: match[1]!,
        dataFolder,
        process: child,
        stop: () => ended('SIGTERM'),
        kill: () => ended('SIGKILL'),
      });
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The host exited with ${code}:\n${output}`));
    });
  });
}
