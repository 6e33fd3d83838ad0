import type { ChannelName } from '../../../shared/contract/channel-names';
import type { ClientResult } from './client-result';

export interface CallOptions {
  /** The call must reach the backend even if the page is being closed (a last draft save). */
  keepalive?: boolean;
}

/** How calls reach the backend: Electron's preload bridge or the loopback browser host. */
export interface Transport {
  /** Never rejects: every failure, even an unreachable backend, comes back as a typed error. */
  call(channel: ChannelName, input: unknown, options?: CallOptions): Promise<ClientResult<unknown>>;
  /** Runs `listener` when the host locks the vault by itself; returns the unsubscribe function. */
  onHostLocked(listener: () => void): () => void;
  /** Runs `listener` when the host is about to lock (menu, sleep, quit): save, then lock. */
  onHostLockRequested(listener: () => void): () => void;
}
