import { describe, expect, it } from 'vitest';
import { channelNames } from '../../../shared/contract/channel-names';
import type { Result } from '../../../shared/contract';
import type { Router } from '../../../electron/backend/router';
import { bindRouter, createChannelHandler, untrustedSenderResult } from '../../../electron/main/ipc-binding';
import type { IpcSenderEvent } from '../../../electron/main/ipc-sender';

/** A router that records what reached it, standing in for the real one. */
function recordingRouter(): Router & { calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  return {
    calls,
    async call(channel, input): Promise<Result<unknown>> {
      calls.push([channel, input]);
      return { ok: true, value: 'done' };
    },
  };
}

const anyEvent: IpcSenderEvent = { sender: { id: 1 }, senderFrame: { url: 'app://xinqing/', parent: null } };

describe('createChannelHandler', () => {
  it('passes a trusted call to the router under its own channel', async () => {
    const router = recordingRouter();
    const handler = createChannelHandler('settings.get', router, () => true);
    expect(await handler(anyEvent, { any: 'input' })).toEqual({ ok: true, value: 'done' });
    expect(router.calls).toEqual([['settings.get', { any: 'input' }]]);
  });

  it('answers an untrusted call with UNAUTHORIZED and never reaches the router', async () => {
    const router = recordingRouter();
    const handler = createChannelHandler('vault.unlock', router, () => false);
    expect(await handler(anyEvent, { method: 'passphrase', secret: 'x' })).toEqual(untrustedSenderResult);
    expect(untrustedSenderResult).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    expect(router.calls).toEqual([]);
  });
});

describe('bindRouter', () => {
  it('handles exactly the contract channels', () => {
    const bound: string[] = [];
    bindRouter({ handle: (channel: string) => void bound.push(channel) }, recordingRouter(), () => true);
    expect(bound).toEqual([...channelNames]);
  });
});
