import { asResult, backendUnavailable } from './client-result';
import type { Transport } from './transport';

/** Calls to the loopback browser host: one POST per call, the token in a header. */
export function httpTransport(token: string | null, fetchCall: typeof fetch = fetch): Transport {
  return {
    async call(channel, input, options = {}) {
      let response: Response;
      try {
        response = await fetchCall(`/api/${channel}`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-Xinqing-Token': token ?? '' },
          body: JSON.stringify(input),
          ...(options.keepalive ? { keepalive: true } : {}),
        });
      } catch {
        return backendUnavailable();
      }
      try {
        return asResult(await response.json());
      } catch {
        return asResult(null);
      }
    },
    // The browser host has no menu of its own: only the renderer and idle timers lock it.
    onHostLocked: () => () => undefined,
    onHostLockRequested: () => () => undefined,
  };
}
