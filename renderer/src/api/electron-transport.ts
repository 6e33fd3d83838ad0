import { bridgeFunctionName } from '../../../shared/contract/channel-names';
import { asResult, backendUnavailable } from './client-result';
import type { Transport } from './transport';

type BridgeCall = (input: unknown) => Promise<unknown>;

/** What Electron's preload exposes: one function per channel, and the host's lock events. */
export interface XinqingBridge {
  onLocked(callback: () => void): () => void;
  onLockRequested(callback: () => void): () => void;
}

declare global {
  interface Window {
    xinqing?: XinqingBridge;
  }
}

export function electronTransport(bridge: XinqingBridge): Transport {
  const functions = bridge as unknown as Record<string, BridgeCall | undefined>;
  // Invoke is not cut off when the page closes: the main process answers it anyway.
  return {
    async call(channel, input) {
      const call = functions[bridgeFunctionName(channel)];
      if (!call) return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: 'The bridge has no such function.' } };
      try {
        return asResult(await call(input));
      } catch {
        return backendUnavailable();
      }
    },
    onHostLocked: (listener) => bridge.onLocked(listener),
    onHostLockRequested: (listener) => bridge.onLockRequested(listener),
  };
}
