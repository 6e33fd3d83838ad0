import type { ChannelName } from '../../../shared/contract/channel-names';
import type { ChannelInput, ChannelOutput } from '../../../shared/contract/contract';
import type { ClientResult } from './client-result';
import type { CallOptions, Transport } from './transport';

/** The typed face of the contract: the channel name fixes the input and the output types. */
export interface ApiClient {
  call<C extends ChannelName>(
    channel: C,
    input: ChannelInput<C>,
    options?: CallOptions,
  ): Promise<ClientResult<ChannelOutput<C>>>;
  /** Runs `listener` whenever the vault turns out to be locked: by the host, or a refused call. */
  onLocked(listener: () => void): () => void;
  /** Runs `listener` when the host asks the page to save and lock. */
  onLockRequested(listener: () => void): () => void;
}

export function createApiClient(transport: Transport): ApiClient {
  const listeners = new Set<() => void>();
  const notifyLocked = () => listeners.forEach((listener) => listener());
  transport.onHostLocked(notifyLocked);
  return {
    async call(channel, input, options) {
      const result = await transport.call(channel, input, options);
      if (!result.ok && result.error.code === 'VAULT_LOCKED') notifyLocked();
      // The backend checked the value against the contract's output schema before sending it.
      return result as ClientResult<ChannelOutput<typeof channel>>;
    },
    onLocked(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    onLockRequested: (listener) => transport.onHostLockRequested(listener),
  };
}
