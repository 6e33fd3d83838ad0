import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const linuxOnly = process.platform === 'linux' ? describe : describe.skip;

/** The names of temporary files the process has open right now, read from /proc. */
function openTemporaryFiles(pid: number): string[] {
  try {
    return readdirSync(`/proc/${pid}/fd`)
      .map((fd) => {
        try {
          return readlinkSync(`/proc/${pid}/fd/${fd}`);
        } catch {
          return '';
        }
      })
      .filter((target) => target.includes('etilqs'));
  } catch {
    return [];
  }
}

linuxOnly('temporary files during a large sort (security doc, fact 2)', () => {
  let folder: string;
  let childScript: string;
  beforeAll(() => {
    folder = mkdtempSync(join(tmpdir(), 'xinqing-temp-'));
    childScript = join(folder, 'large-sort-child.cjs');
    buildSync({
      entryPoints: [join(__dirname, 'support', 'large-sort-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['better-sqlite3-multiple-ciphers'],
      outfile: childScript,
      nodePaths: [join(__dirname, '..', '..', 'node_modules')],
      logLevel: 'silent',
    });
  });
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  /** Runs the child and watches its open files the whole time it sorts. */
  function watchSort(mode: 'app-settings' | 'file-temp-store') {
    const sqliteTemp = mkdtempSync(join(folder, `sqlite-tmp-${mode}-`));
    const child = spawn(process.execPath, [childScript, join(folder, `${mode}.db`), mode], {
      env: { ...process.env, SQLITE_TMPDIR: sqliteTemp, NODE_PATH: join(__dirname, '..', '..', 'node_modules') },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const seen = new Set<string>();
    let tempStore = '';
    return new Promise<{ seen: Set<string>; tempStore: string }>((resolve, reject) => {
      let output = '';
      let watcher: NodeJS.Timeout | undefined;
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const ready = /ready (\d)/.exec(output);
        if (ready && !watcher) {
          tempStore = ready[1]!;
          watcher = setInterval(() => openTemporaryFiles(child.pid!).forEach((file) => seen.add(file)), 1);
        }
      });
      child.on('exit', (code) => {
        clearInterval(watcher);
        if (code === 0 && output.includes('done')) resolve({ seen, tempStore });
        else reject(new Error(`child exited with ${code}: ${output}`));
      });
    });
  }

  it('opens no temporary file with the app connection settings (temp_store=MEMORY)', async () => {
    const { seen, tempStore } = await watchSort('app-settings');
    expect(tempStore).toBe('2');
    expect([...seen]).toEqual([]);
  });

  it('does see spilled temporary files when temp_store is FILE, so the watch works', async () => {
    const { seen, tempStore } = await watchSort('file-temp-store');
    expect(tempStore).toBe('1');
    expect(seen.size).toBeGreaterThan(0);
  });
});
