import Database from 'better-sqlite3-multiple-ciphers';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, passphrase, schoolName, setUpVault } from './support/backend-fixture';
import { openWithRecipe, unwrapDataKeyWithPassphrase } from './support/vault-recipe';

describe('the documented vault recipe (docs/vault-format.md)', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
    await fixture.call('settings.update', { schoolCode: 'TJ-HP-0042' });
    fixture.backend.vault.lock();
  });
  afterEach(() => fixture.cleanup());

  it('unwraps a 256-bit key with the passphrase and opens the database as standard SQLCipher 4', async () => {
    const key = await unwrapDataKeyWithPassphrase(fixture.paths.vault, passphrase);
    expect(key.length).toBe(32);
    const connection = await openWithRecipe(fixture.paths, passphrase);
    const settings = connection.prepare('SELECT key, value FROM settings ORDER BY key').all();
    expect(settings).toContainEqual({ key: 'school.name', value: JSON.stringify(schoolName) });
    expect(settings).toContainEqual({ key: 'school.code', value: JSON.stringify('TJ-HP-0042') });
    connection.close();
  });

  it('is SQLCipher 4 and not 3: the same key under SQLCipher 3 settings cannot read it', async () => {
    const key = await unwrapDataKeyWithPassphrase(fixture.paths.vault, passphrase);
    const connection = new Database(fixture.paths.database, { fileMustExist: true });
    connection.pragma("cipher = 'sqlcipher'");
    connection.pragma('legacy = 3');
    connection.pragma(`key = "x'${key.toString('hex')}'"`);
    expect(() => connection.prepare('SELECT count(*) FROM sqlite_schema').get()).toThrow(/not a database/);
    connection.close();
  });

  it('does not open with a wrong passphrase', async () => {
    await expect(unwrapDataKeyWithPassphrase(fixture.paths.vault, 'not the passphrase')).rejects.toThrow();
  });
});
