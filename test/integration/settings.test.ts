import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, passphrase, schoolName, setUpVault } from './support/backend-fixture';
import { openWithRecipe } from './support/vault-recipe';

describe('settings in the encrypted database', () => {
  let fixture: Fixture;
  beforeEach(async () => {
    fixture = newFixture();
    await setUpVault(fixture);
  });
  afterEach(() => fixture.cleanup());

  it('starts from the setup answers and the defaults', async () => {
    expect(await fixture.call('settings.get', {})).toEqual({
      schoolName,
      schoolCode: '',
      counselorName: '李老师',
      language: 'zh-CN',
      autoLockMinutes: 10,
    });
  });

  it('keeps every change across a restart, names its author and audits it', async () => {
    const updated = await fixture.call('settings.update', {
      schoolName: '天津市和平区第二十中学',
      schoolCode: 'TJ-HP-020',
      counselorName: '王老师',
      language: 'en',
      autoLockMinutes: 15,
    });
    expect(updated).toMatchObject({
      schoolCode: 'TJ-HP-020',
      counselorName: '王老师',
      language: 'en',
      autoLockMinutes: 15,
    });
    fixture.restart();
    expect((await fixture.call('vault.status', {})).language).toBe('en');
    const status = await fixture.call('vault.unlock', { method: 'passphrase', secret: passphrase });
    expect(status).toMatchObject({ autoLockMinutes: 15, profile: { displayName: '王老师' } });
    expect(await fixture.call('settings.get', {})).toEqual(updated);

    fixture.backend.vault.lock();
    const connection = await openWithRecipe(fixture.paths, passphrase);
    const authors = connection.prepare('SELECT DISTINCT updated_by AS author FROM settings').all();
    expect(authors).toEqual([{ author: status.profile!.id }]);
    const audited = connection
      .prepare("SELECT entity_id FROM audit_events WHERE action = 'settings.update' ORDER BY entity_id")
      .all();
    expect(audited.map((row) => (row as { entity_id: string }).entity_id)).toEqual([
      'lock.autoLockMinutes',
      'school.code',
      'school.name',
      'ui.language',
    ]);
    connection.close();
  });

  it('refuses bad values and changes nothing', async () => {
    const before = await fixture.call('settings.get', {});
    expect((await fixture.fail('settings.update', { autoLockMinutes: 0 })).code).toBe('VALIDATION_FAILED');
    expect((await fixture.fail('settings.update', { schoolCode: 'TJ/../020' })).code).toBe('VALIDATION_FAILED');
    expect((await fixture.fail('settings.update', { schoolName: 'a'.repeat(101) })).code).toBe('VALIDATION_FAILED');
    expect((await fixture.fail('settings.update', { counselorName: '王\u0000老师' })).code).toBe('VALIDATION_FAILED');
    expect((await fixture.fail('settings.update', { schoolName: 'x', unexpected: true } as never)).code).toBe(
      'VALIDATION_FAILED',
    );
    expect(await fixture.call('settings.get', {})).toEqual(before);
  });

  it('stores the language outside the encrypted file only as a preference for the lock screen', async () => {
    await fixture.call('settings.update', { language: 'en' });
    const vault = JSON.parse(readFileSync(fixture.paths.vault, 'utf8')) as { preferences: unknown };
    expect(vault.preferences).toEqual({ language: 'en' });
  });
});

describe('a disk that refuses writes', () => {
  it('gives STORAGE_FAILED and keeps the earlier settings', async () => {
    // Root ignores file permissions, so a query-only connection stands in for a read-only disk.
    const fixture = newFixture();
    try {
      await setUpVault(fixture);
      const { connection } = fixture.backend.vault.requireSession();
      connection.pragma('query_only = ON');
      const error = await fixture.fail('settings.update', { schoolCode: 'TJ-1' });
      expect(error.code).toBe('STORAGE_FAILED');
      connection.pragma('query_only = OFF');
      expect((await fixture.call('settings.get', {})).schoolCode).toBe('');
    } finally {
      fixture.cleanup();
    }
  });
});
