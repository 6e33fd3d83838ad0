import { createHash } from 'node:crypto';
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, passphrase, setUpVault } from './support/backend-fixture';
import { openWithRecipe } from './support/vault-recipe';

const digest = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('a damaged or unexpected store is named and left untouched', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
    fixture.backend.vault.lock();
  });
  afterEach(() => fixture.cleanup());

  async function unlockFails(expectedCode: string) {
    const error = await fixture.fail('vault.unlock', { method: 'passphrase', secret: passphrase });
    expect(error.code).toBe(expectedCode);
  }

  it('reports a damaged page of the database and does not change the file', async () => {
    const bytes = readFileSync(fixture.paths.database);
    expect(bytes.length).toBeGreaterThan(8192);
    for (let offset = 4096 + 200; offset < 4096 + 260; offset += 1) bytes[offset] = bytes[offset]! ^ 0xff;
    writeFileSync(fixture.paths.database, bytes);
    const before = digest(fixture.paths.database);
    fixture.restart();
    await unlockFails('DATABASE_DAMAGED');
    expect(await fixture.call('vault.status', {})).toMatchObject({ state: 'problem', problem: 'database-damaged' });
    expect(digest(fixture.paths.database)).toBe(before);
  });

  it('reports a missing vault file while the database stays', async () => {
    const before = digest(fixture.paths.database);
    renameSync(fixture.paths.vault, `${fixture.paths.vault}.elsewhere`);
    expect(await fixture.call('vault.status', {})).toMatchObject({ state: 'problem', problem: 'vault-missing' });
    await unlockFails('VAULT_MISSING');
    expect(digest(fixture.paths.database)).toBe(before);
  });

  it('reports a damaged vault file and keeps it as it is', async () => {
    writeFileSync(fixture.paths.vault, '{"format":"xinqing-vault","version":1,"slots":');
    const before = digest(fixture.paths.vault);
    expect(await fixture.call('vault.status', {})).toMatchObject({ state: 'problem', problem: 'vault-damaged' });
    await unlockFails('VAULT_DAMAGED');
    expect(digest(fixture.paths.vault)).toBe(before);
  });

  it('reports a vault file from a newer version', async () => {
    const vault = JSON.parse(readFileSync(fixture.paths.vault, 'utf8')) as { version: number };
    writeFileSync(fixture.paths.vault, JSON.stringify({ ...vault, version: 2 }));
    expect(await fixture.call('vault.status', {})).toMatchObject({ state: 'problem', problem: 'vault-too-new' });
  });

  it('reports a missing database', async () => {
    renameSync(fixture.paths.database, `${fixture.paths.database}.elsewhere`);
    expect(await fixture.call('vault.status', {})).toMatchObject({ state: 'problem', problem: 'database-missing' });
    await unlockFails('DATABASE_MISSING');
  });

  it('refuses a database from a newer schema without migrating or changing it', async () => {
    const connection = await openWithRecipe(fixture.paths, passphrase);
    connection.pragma('user_version = 99');
    connection.close();
    const before = digest(fixture.paths.database);
    fixture.restart();
    await unlockFails('DATABASE_TOO_NEW');
    expect(await fixture.call('vault.status', {})).toMatchObject({ state: 'problem', problem: 'database-too-new' });
    expect(digest(fixture.paths.database)).toBe(before);
    const check = await openWithRecipe(fixture.paths, passphrase);
    expect(check.pragma('user_version', { simple: true })).toBe(99);
    check.close();
  });
});
