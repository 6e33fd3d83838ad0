import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, passphrase, setUpVault } from './support/backend-fixture';
import { crashDraftContent } from './support/crash-draft-content';
import { newStudent } from './support/roster-files';

/**
 * The never-lose-a-keystroke promise against a killed process: a child saves a draft through
 * the router over and over and says so after each acknowledgment; it is SIGKILLed at once,
 * mid-save. A new backend on the same folder must find a whole revision, at least the last one
 * acknowledged. (A killed process loses no page cache; power loss is what synchronous=FULL in
 * WAL mode is for, checked in the drafts tests.)
 */
describe('a draft survives the backend being killed', () => {
  let workFolder: string;
  let childScript: string;
  let fixture: Fixture;
  beforeAll(() => {
    workFolder = mkdtempSync(join(tmpdir(), 'xinqing-crash-'));
    childScript = join(workFolder, 'draft-writer-child.cjs');
    buildSync({
      entryPoints: [join(__dirname, 'support', 'draft-writer-child.ts')],
      bundle: true,
      platform: 'node',
      format: 'cjs',
      external: ['better-sqlite3-multiple-ciphers'],
      outfile: childScript,
      nodePaths: [join(__dirname, '..', '..', 'node_modules')],
      logLevel: 'silent',
    });
    fixture = newFixture();
  });
  afterAll(() => {
    fixture.cleanup();
    rmSync(workFolder, { recursive: true, force: true });
  });

  /** Runs the child until it has acknowledged `count` saves, then kills it; resolves with the last revision it read. */
  function writeUntilKilled(noteId: string, count: number): Promise<number> {
    const child = spawn(process.execPath, [childScript, fixture.folder, passphrase, noteId], {
      env: { ...process.env, NODE_PATH: join(__dirname, '..', '..', 'node_modules') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    let errors = '';
    let acknowledged = 0;
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const revisions = [...output.matchAll(/saved (\d+)\n/g)].map((match) => Number(match[1]));
      acknowledged = revisions[revisions.length - 1] ?? 0;
      if (revisions.length >= count) child.kill('SIGKILL');
    });
    return new Promise((resolve, reject) => {
      child.on('exit', (code, signal) => {
        if (signal === 'SIGKILL') resolve(acknowledged);
        else reject(new Error(`the child exited with ${code}: ${errors}`));
      });
    });
  }

  it('keeps exactly the content of a whole revision, no older than the last acknowledged', async () => {
    await setUpVault(fixture);
    const { id: studentId } = await fixture.call('students.create', newStudent());
    const { noteId } = await fixture.call('sessions.createDraft', { studentId });

    let previous = 1;
    for (const count of [5, 60]) {
      fixture.backend.close();
      const acknowledged = await writeUntilKilled(noteId, count);
      expect(acknowledged).toBeGreaterThanOrEqual(previous + count);
      fixture.restart();
      await fixture.call('vault.unlock', { method: 'passphrase', secret: passphrase });
      const restored = await fixture.call('sessions.getDraft', { noteId });
      expect(restored.revision).toBeGreaterThanOrEqual(acknowledged);
      expect(restored.content).toEqual(crashDraftContent(restored.revision));
      expect((await fixture.call('sessions.listDrafts', {})).map((draft) => draft.noteId)).toEqual([noteId]);
      const found = await fixture.call('sessions.search', { query: `revision ${restored.revision}` });
      expect(found.hits.map((hit) => hit.noteId)).toEqual([noteId]);
      previous = restored.revision;
    }
  });
});
