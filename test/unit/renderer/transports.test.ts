import { describe, expect, test, vi } from 'vitest';
import { createApiClient } from '../../../renderer/src/api/api-client';
import { electronTransport, type XinqingBridge } from '../../../renderer/src/api/electron-transport';
import { httpTransport } from '../../../renderer/src/api/http-transport';
import type { Transport } from '../../../renderer/src/api/transport';

const token = 'cd'.repeat(32);

describe('httpTransport', () => {
  test('posts the input as JSON with the token and returns the result', async () => {
    const fetchCall = vi.fn(async () => Response.json({ ok: true, value: { locked: false } }));
    const result = await httpTransport(token, fetchCall).call('vault.touch', {});
    expect(result).toEqual({ ok: true, value: { locked: false } });
    expect(fetchCall).toHaveBeenCalledWith('/api/vault.touch', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'X-Xinqing-Token': token },
      body: '{}',
    });
  });

  test('asks fetch to outlive the page when the call must (the last draft save)', async () => {
    const fetchCall = vi.fn(async () => Response.json({ ok: true, value: {} }));
    await httpTransport(token, fetchCall).call('vault.touch', {}, { keepalive: true });
    expect(fetchCall).toHaveBeenCalledWith('/api/vault.touch', expect.objectContaining({ keepalive: true }));
  });

  test('passes the backend error through', async () => {
    const error = { code: 'WRONG_SECRET', message: 'Wrong.', failedAttempts: 2, retryAfterMs: 0 };
    const fetchCall = vi.fn(async () => Response.json({ ok: false, error }));
    expect(await httpTransport(token, fetchCall).call('vault.unlock', {})).toEqual({ ok: false, error });
  });

  test('a backend that does not answer becomes BACKEND_UNAVAILABLE, not an exception', async () => {
    const fetchCall = vi.fn(async () => Promise.reject(new TypeError('Failed to fetch')));
    const result = await httpTransport(token, fetchCall).call('vault.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'BACKEND_UNAVAILABLE' } });
  });

  test('a reply that is not a result becomes INTERNAL', async () => {
    const fetchCall = vi.fn(async () => new Response('Internal error', { status: 500 }));
    const result = await httpTransport(token, fetchCall).call('vault.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INTERNAL' } });
  });
});

describe('electronTransport', () => {
  const bridgeWith = (functions: Record<string, unknown>) =>
    ({
      onLocked: () => () => undefined,
      onLockRequested: () => () => undefined,
      ...functions,
    }) as unknown as XinqingBridge;

  test('calls the bridge function named after the channel', async () => {
    const vaultSetup = vi.fn(async () => ({ ok: true, value: 'done' }));
    const result = await electronTransport(bridgeWith({ vaultSetup })).call('vault.setup', { a: 1 });
    expect(vaultSetup).toHaveBeenCalledWith({ a: 1 });
    expect(result).toEqual({ ok: true, value: 'done' });
  });

  test('a rejected IPC call becomes BACKEND_UNAVAILABLE', async () => {
    const vaultStatus = vi.fn(async () => Promise.reject(new Error('gone')));
    const result = await electronTransport(bridgeWith({ vaultStatus })).call('vault.status', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'BACKEND_UNAVAILABLE' } });
  });
});

describe('electronTransport lock requests', () => {
  test("passes the main process's lock request to the listener", () => {
    const listener = vi.fn();
    let request = () => undefined as void;
    const bridge = {
      onLocked: () => () => undefined,
      onLockRequested: (callback: () => void) => {
        request = callback;
        return () => undefined;
      },
    } as unknown as XinqingBridge;
    createApiClient(electronTransport(bridge)).onLockRequested(listener);
    request();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

describe('createApiClient', () => {
  function fakeTransport(reply: unknown) {
    let hostLocked = () => undefined as void;
    const transport: Transport = {
      call: async () => reply as never,
      onHostLocked: (listener) => {
        hostLocked = listener;
        return () => undefined;
      },
      onHostLockRequested: () => () => undefined,
    };
    return { transport, lockFromHost: () => hostLocked() };
  }

  test('a call refused with VAULT_LOCKED tells the lock listeners', async () => {
    const { transport } = fakeTransport({ ok: false, error: { code: 'VAULT_LOCKED', message: 'Locked.' } });
    const client = createApiClient(transport);
    const listener = vi.fn();
    client.onLocked(listener);
    await client.call('settings.get', {});
    expect(listener).toHaveBeenCalledTimes(1);
  });

  test('other results do not, and an unsubscribed listener hears nothing', async () => {
    const { transport, lockFromHost } = fakeTransport({ ok: true, value: {} });
    const client = createApiClient(transport);
    const listener = vi.fn();
    const unsubscribe = client.onLocked(listener);
    await client.call('settings.get', {});
    expect(listener).not.toHaveBeenCalled();
    lockFromHost();
    expect(listener).toHaveBeenCalledTimes(1);
    unsubscribe();
    lockFromHost();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
