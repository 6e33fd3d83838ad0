import { describe, expect, it } from 'vitest';
import {
  bridgeFunctionName,
  type ChannelName,
  channelNames,
  lockedEventChannel,
  lockRequestedEventChannel,
  saveFileChannel,
  savePdfChannel,
} from '../../../shared/contract/channel-names';
import { createBridge, type HostChannel } from '../../../electron/preload/bridge';

function bridgeWithLog() {
  const invoked: Array<[ChannelName | HostChannel, unknown]> = [];
  const subscribed: Array<[string, () => void]> = [];
  const unsubscribed: Array<[string, () => void]> = [];
  const bridge = createBridge(
    async (channel, input) => {
      invoked.push([channel, input]);
      return { ok: true, value: null };
    },
    (event, callback) => {
      subscribed.push([event, callback]);
      return () => void unsubscribed.push([event, callback]);
    },
  );
  return { bridge, invoked, subscribed, unsubscribed };
}

describe('preload bridge', () => {
  it('exposes exactly one function per channel, the two event subscriptions, savePdf and saveFile, and nothing else', () => {
    const { bridge } = bridgeWithLog();
    const hostFunctions = ['onLocked', 'onLockRequested', 'savePdf', 'saveFile'];
    const expected = [...channelNames.map(bridgeFunctionName), ...hostFunctions].sort();
    expect(Object.keys(bridge).sort()).toEqual(expected);
    expect(new Set(expected).size).toBe(channelNames.length + 4);
    for (const value of Object.values(bridge)) expect(typeof value).toBe('function');
    expect(bridge).not.toHaveProperty('invoke');
    expect(bridge).not.toHaveProperty('send');
    expect(bridge).not.toHaveProperty('ipcRenderer');
  });

  it('binds each function to its own channel and passes the input through', async () => {
    const { bridge, invoked } = bridgeWithLog();
    const functions = bridge as unknown as Record<string, (input?: unknown) => Promise<unknown>>;
    for (const channel of channelNames) {
      await functions[bridgeFunctionName(channel)]?.({ from: channel });
    }
    expect(invoked).toEqual(channelNames.map((channel) => [channel, { from: channel }]));
  });

  it('never lets the page pick the channel', async () => {
    const { bridge, invoked } = bridgeWithLog();
    await (bridge.vaultStatus as (...args: unknown[]) => Promise<unknown>)('settings.update', { evil: true });
    expect(invoked).toEqual([['vault.status', 'settings.update']]);
  });

  it('subscribes each listener to its own main-process event and returns its unsubscribe function', () => {
    const { bridge, subscribed, unsubscribed } = bridgeWithLog();
    const onLocked = (): void => undefined;
    const onLockRequested = (): void => undefined;
    const unsubscribe = bridge.onLocked(onLocked);
    bridge.onLockRequested(onLockRequested);
    expect(subscribed).toEqual([
      [lockedEventChannel, onLocked],
      [lockRequestedEventChannel, onLockRequested],
    ]);
    unsubscribe();
    expect(unsubscribed).toEqual([[lockedEventChannel, onLocked]]);
  });

  it('refuses an onLocked callback that is not a function', () => {
    const { bridge, subscribed } = bridgeWithLog();
    expect(() => bridge.onLocked('alert(1)' as unknown as () => void)).toThrow(TypeError);
    expect(subscribed).toEqual([]);
  });

  it('is frozen, so page code cannot add or replace functions', () => {
    const { bridge } = bridgeWithLog();
    expect(Object.isFrozen(bridge)).toBe(true);
  });

  it('sends savePdf on its own host channel, with the request as given', async () => {
    const { bridge, invoked } = bridgeWithLog();
    await bridge.savePdf({ suggestedName: '辅导记录-2026-001' });
    expect(invoked).toEqual([[savePdfChannel, { suggestedName: '辅导记录-2026-001' }]]);
  });

  it('sends saveFile on its own host channel, with the request as given', async () => {
    const { bridge, invoked } = bridgeWithLog();
    const request = {
      suggestedName: '危机台账-2026-03-14.xlsx',
      extension: 'xlsx',
      contentBase64: 'UEsDBA==',
    } as const;
    await bridge.saveFile(request);
    expect(invoked).toEqual([[saveFileChannel, request]]);
    expect(saveFileChannel).not.toBe(savePdfChannel);
  });

  it('keeps the lock events and the host capability apart from the contract channels', () => {
    expect(channelNames).not.toContain(lockedEventChannel);
    expect(channelNames).not.toContain(lockRequestedEventChannel);
    expect(channelNames).not.toContain(savePdfChannel);
    expect(channelNames).not.toContain(saveFileChannel);
  });
});
