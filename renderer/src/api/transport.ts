import type { ChannelName } from '../../../shared/contract/channel-names';
import type { ClientResult } from './client-result';

/** How calls reach the backend: Electron's preload bridge or the loopback browser host. */
export interface Transport {
  /** Never rejects: every failure, even an unreachable backend, comes back as a typed error. */
  call(channel: ChannelName, input: unknown): Promise<ClientResult<unknown>>;
  /** Runs `listener` when the host locks the vault by itself; returns the unsubscribe function. */
  onHostLocked(listener: () => void): () => void;
}
