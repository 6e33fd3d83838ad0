import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { type Fixture, newFixture, passphrase, schoolName, setUpVault } from './support/backend-fixture';

describe('setting up, locking and unlocking the vault', () => {
  let fixture: Fixture;
  beforeEach(() => {
    fixture = newFixture();
  });
  afterEach(() => fixture.cleanup());

  it('sets up an encrypted database whose bytes hold no plaintext, and a recovery code', async () => {
    expect((await fixture.call('vault.status', {})).state).toBe('setup-needed');
    const { recoveryCode, status } = await setUpVault(fixture);
    expect(recoveryCode).toMatch(/^([0-9A-F]{4}-){7}[0-9A-F]{4}$/);
    expect(status.state).toBe('unlocked');
    expect(status.profile?.displayName).toBe('李老师');
    expect(status.autoLockMinutes).toBe(10);
    fixture.backend.vault.lock();
    const bytes = readFileSync(fixture.paths.database);
    expect(bytes.subarray(0, 16).toString('latin1')).not.toBe('SQLite format 3\0');
    expect(bytes.includes(Buffer.from(schoolName))).toBe(false);
    expect(bytes.includes(Buffer.from('李老师'))).toBe(false);
    const vaultText = readFileSync(fixture.paths.vault, 'utf8');
    expect(vaultText).not.toContain(schoolName);
    expect(vaultText).not.toContain(recoveryCode);
  });

  it('refuses a second setup in the same folder', async () => {
    await setUpVault(fixture);
    expect(
      (await fixture.fail('vault.setup', { schoolName, counselorName: 'x', passphrase, language: 'en' })).code,
    ).toBe('VAULT_ALREADY_SET_UP');
  });

  it('refuses a short passphrase without echoing it', async () => {
    const error = await fixture.fail('vault.setup', {
      schoolName,
      counselorName: 'x',
      passphrase: 'short-pw1',
      language: 'en',
    });
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.message).not.toContain('short-pw1');
    expect((await fixture.call('vault.status', {})).state).toBe('setup-needed');
  });

  it('locks, refuses records while locked, and unlocks with the passphrase after a restart', async () => {
    await setUpVault(fixture);
    expect((await fixture.call('vault.lock', {})).state).toBe('locked');
    expect((await fixture.fail('settings.get', {})).code).toBe('VAULT_LOCKED');
    fixture.restart();
    expect((await fixture.call('vault.status', {})).state).toBe('locked');
    const status = await fixture.call('vault.unlock', { method: 'passphrase', secret: passphrase });
    expect(status.state).toBe('unlocked');
    expect((await fixture.call('settings.get', {})).schoolName).toBe(schoolName);
  });

  it('unlocks with the recovery code however it is spaced or cased', async () => {
    const { recoveryCode } = await setUpVault(fixture);
    fixture.restart();
    const typed = ` ${recoveryCode.toLowerCase().replaceAll('-', ' ')} `;
    expect((await fixture.call('vault.unlock', { method: 'recovery-code', secret: typed })).state).toBe('unlocked');
  });

  it('counts wrong attempts, makes the sixth wait, and keeps the count across a restart', async () => {
    await setUpVault(fixture);
    fixture.restart();
    for (let attempt = 1; attempt <= 4; attempt += 1) {
      const error = await fixture.fail('vault.unlock', { method: 'passphrase', secret: `wrong passphrase ${attempt}` });
      expect(error).toMatchObject({ code: 'WRONG_SECRET', failedAttempts: attempt, retryAfterMs: 0 });
    }
    const fifth = await fixture.fail('vault.unlock', {
      method: 'recovery-code',
      secret: '0000-0000-0000-0000-0000-0000-0000-0000',
    });
    expect(fifth).toMatchObject({ code: 'WRONG_SECRET', failedAttempts: 5, retryAfterMs: 30_000 });

    fixture.restart();
    expect(await fixture.call('vault.status', {})).toMatchObject({ failedAttempts: 5, retryAfterMs: 30_000 });
    const waiting = await fixture.fail('vault.unlock', { method: 'passphrase', secret: passphrase });
    expect(waiting).toMatchObject({ code: 'RATE_LIMITED', retryAfterMs: 30_000 });

    fixture.clock.advance(30_000);
    const sixth = await fixture.fail('vault.unlock', { method: 'passphrase', secret: 'still the wrong one' });
    expect(sixth).toMatchObject({ code: 'WRONG_SECRET', failedAttempts: 6, retryAfterMs: 60_000 });
    fixture.clock.advance(60_000);
    expect((await fixture.call('vault.unlock', { method: 'passphrase', secret: passphrase })).state).toBe('unlocked');
    expect((await fixture.call('vault.status', {})).failedAttempts).toBe(0);
  });

  it('changes the passphrase by rewrapping the key only', async () => {
    const { recoveryCode } = await setUpVault(fixture);
    const before = readFileSync(fixture.paths.database).subarray(0, 16);
    const next = 'a new passphrase 2026';
    const wrong = await fixture.fail('vault.changePassphrase', {
      method: 'passphrase',
      current: 'not the passphrase',
      next,
    });
    expect(wrong.code).toBe('WRONG_SECRET');
    await fixture.call('vault.changePassphrase', { method: 'passphrase', current: passphrase, next });
    fixture.restart();
    expect((await fixture.fail('vault.unlock', { method: 'passphrase', secret: passphrase })).code).toBe(
      'WRONG_SECRET',
    );
    expect((await fixture.call('vault.unlock', { method: 'passphrase', secret: next })).state).toBe('unlocked');
    // The database was not re-encrypted: its salt (first 16 bytes) is unchanged.
    expect(readFileSync(fixture.paths.database).subarray(0, 16).equals(before)).toBe(true);

    const third = 'changed with the recovery code';
    await fixture.call('vault.changePassphrase', { method: 'recovery-code', current: recoveryCode, next: third });
    fixture.restart();
    expect((await fixture.call('vault.unlock', { method: 'passphrase', secret: third })).state).toBe('unlocked');
  });

  it('locks itself after the configured idle minutes', async () => {
    await setUpVault(fixture);
    await fixture.call('settings.update', { autoLockMinutes: 3 });
    fixture.clock.advance(2 * 60_000);
    expect(fixture.backend.idleLock.check()).toBe(false);
    await fixture.call('vault.touch', {});
    fixture.clock.advance(2 * 60_000 + 59_000);
    expect(fixture.backend.idleLock.check()).toBe(false);
    fixture.clock.advance(1_000);
    expect(fixture.backend.idleLock.check()).toBe(true);
    expect((await fixture.call('vault.touch', {})).locked).toBe(true);
    expect((await fixture.fail('settings.get', {})).code).toBe('VAULT_LOCKED');
  });
});
