import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelNames } from '../../shared/contract/channel-names';
import { createRouter } from '../../electron/backend/router';
import { type Fixture, newFixture, passphrase, setUpVault } from './support/backend-fixture';

describe('the router', () => {
  let fixture: Fixture;
  beforeEach(() => {
    fixture = newFixture();
  });
  afterEach(() => fixture.cleanup());

  it('refuses channels outside the contract, including inherited names', async () => {
    for (const channel of ['students.delete', 'toString', '__proto__', '']) {
      const result = await fixture.backend.router.call(channel, {});
      expect(result).toEqual({ ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'No such channel.' } });
    }
  });

  it('names the invalid fields but never echoes what was sent', async () => {
    await setUpVault(fixture);
    const secret = 'x'.repeat(2000);
    const result = await fixture.backend.router.call('vault.unlock', { method: 'passphrase', secret });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('VALIDATION_FAILED');
    expect(result.error.message).toBe('Invalid fields: secret');
    const wrongSecret = await fixture.backend.router.call('vault.unlock', {
      method: 'passphrase',
      secret: passphrase + '!',
    });
    expect(JSON.stringify(wrongSecret)).not.toContain(passphrase);
  });

  it('turns a handler output that breaks the contract into INTERNAL without leaking it', async () => {
    const internalErrors: unknown[] = [];
    const handlers = Object.fromEntries(channelNames.map((channel) => [channel, () => ({ secretField: '学生姓名' })]));
    const router = createRouter(handlers as never, { onInternalError: (error) => internalErrors.push(error) });
    const result = await router.call('settings.get', {});
    expect(result).toEqual({
      ok: false,
      error: { code: 'INTERNAL', message: 'The result did not match the contract.' },
    });
    expect(JSON.stringify(result)).not.toContain('学生姓名');
    expect(internalErrors).toHaveLength(1);
  });
});
