import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createBackend } from '../../electron/backend/backend';

/**
 * What a counselor waits for in the foundation: setup, unlock (scrypt at full cost), lock, and
 * the round trip of a settings call through the router. Prints milliseconds and memory.
 */
const passphrase = 'benchmark passphrase 2026';

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const value = await work();
  return [value, performance.now() - start];
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'xinqing-bench-'));
  const rows: [string, string][] = [];
  try {
    const backend = createBackend({ dataFolder: folder });
    const call = (channel: string, input: unknown) => backend.router.call(channel, input);
    const [, setupMs] = await timed(() =>
      call('vault.setup', { schoolName: '基准学校', counselorName: '李老师', passphrase, language: 'zh-CN' }),
    );
    rows.push(['setup (create database and vault)', setupMs.toFixed(0)]);
    const [, lockMs] = await timed(() => call('vault.lock', {}));
    rows.push(['lock', lockMs.toFixed(1)]);
    const unlocks: number[] = [];
    for (let round = 0; round < 5; round += 1) {
      const [result, unlockMs] = await timed(() => call('vault.unlock', { method: 'passphrase', secret: passphrase }));
      if (!result.ok) throw new Error('unlock failed');
      unlocks.push(unlockMs);
      await call('vault.lock', {});
    }
    rows.push(['unlock with passphrase (median of 5)', median(unlocks).toFixed(0)]);
    await call('vault.unlock', { method: 'passphrase', secret: passphrase });
    const reads: number[] = [];
    for (let round = 0; round < 1000; round += 1) reads.push((await timed(() => call('settings.get', {})))[1]);
    rows.push(['settings.get through the router (median of 1000)', median(reads).toFixed(3)]);
    const writes: number[] = [];
    for (let round = 0; round < 200; round += 1) {
      writes.push((await timed(() => call('settings.update', { schoolCode: `TJ-${round}` })))[1]);
    }
    rows.push(['settings.update, synchronous=FULL (median of 200)', median(writes).toFixed(2)]);
    rows.push(['resident memory after the run (MiB)', (process.memoryUsage().rss / 2 ** 20).toFixed(0)]);
    backend.close();
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
  const width = Math.max(...rows.map(([name]) => name.length));
  for (const [name, value] of rows)
    console.log(`${name.padEnd(width)}  ${value.padStart(8)} ${name.includes('MiB') ? '' : 'ms'}`);
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

void main();
