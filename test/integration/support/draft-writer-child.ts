import { createBackend } from '../../../electron/backend/backend';
import { crashDraftContent } from './crash-draft-content';

/**
 * Unlocks the data folder and saves one draft as fast as it can from the revision on disk,
 * printing `saved <revision>` after each save the backend acknowledged, until the parent kills
 * it mid-stream.
 */
const [dataFolder, passphrase, noteId] = process.argv.slice(2) as [string, string, string];

async function main(): Promise<void> {
  const backend = createBackend({ dataFolder });
  const unlocked = await backend.router.call('vault.unlock', { method: 'passphrase', secret: passphrase });
  if (!unlocked.ok) throw new Error(unlocked.error.code);
  const draft = await backend.router.call('sessions.getDraft', { noteId });
  if (!draft.ok) throw new Error(draft.error.code);
  let revision = (draft.value as { revision: number }).revision;
  for (let round = 0; round < 100_000; round += 1) {
    const saved = await backend.router.call('sessions.saveDraft', {
      noteId,
      revision,
      content: crashDraftContent(revision + 1),
    });
    if (!saved.ok) throw new Error(saved.error.code);
    revision = (saved.value as { revision: number }).revision;
    process.stdout.write(`saved ${revision}\n`);
  }
}

void main();
