import {
  type ChannelName,
  bridgeFunctionName,
  channelNames,
  lockedEventChannel,
  lockRequestedEventChannel,
  type SavePdfReply,
  type SavePdfRequest,
  savePdfChannel,
} from '../../shared/contract/channel-names';

/** Turns `vault.setup` into `vaultSetup` at the type level, as `bridgeFunctionName` does at run time. */
type BridgeName<S extends string> = S extends `${infer Head}.${infer Tail}`
  ? `${Head}${BridgeName<Capitalize<Tail>>}`
  : S;

/**
 * What the page sees as `window.xinqing`: one function per contract channel, each taking the
 * channel's input and resolving to the router's `{ ok, value } | { ok, error }`, plus the two
 * event subscriptions from the main process, each returning its unsubscribe function:
 * `onLockRequested` (save drafts, then lock) and `onLocked` (the vault was locked), and the one
 * host capability: `savePdf` (the page as PDF, where the counselor picks).
 */
export type XinqingBridge = {
  readonly [C in ChannelName as BridgeName<C>]: (input?: unknown) => Promise<unknown>;
} & {
  readonly onLocked: (callback: () => void) => () => void;
  readonly onLockRequested: (callback: () => void) => () => void;
  readonly savePdf: (request: SavePdfRequest) => Promise<SavePdfReply>;
};

export type Invoke = (channel: ChannelName | typeof savePdfChannel, input: unknown) => Promise<unknown>;
export type MainProcessEvent = typeof lockedEventChannel | typeof lockRequestedEventChannel;
export type Subscribe = (event: MainProcessEvent, callback: () => void) => () => void;

/**
 * Builds the bridge from two capabilities so it can be tested without Electron. Each function
 * is bound to its channel name here, in the preload: the page can name a function but never a
 * channel, and there is no generic invoke. Inputs are passed through unchecked; the router
 * validates them.
 */
export function createBridge(invoke: Invoke, subscribe: Subscribe): XinqingBridge {
  const calls = Object.fromEntries(
    channelNames.map((channel) => [bridgeFunctionName(channel), (input?: unknown) => invoke(channel, input)]),
  );
  const listenTo =
    (event: MainProcessEvent) =>
    (callback: () => void): (() => void) => {
      if (typeof callback !== 'function') throw new TypeError('A listener must be a function.');
      return subscribe(event, callback);
    };
  return Object.freeze({
    ...calls,
    onLocked: listenTo(lockedEventChannel),
    onLockRequested: listenTo(lockRequestedEventChannel),
    // The main process checks the request; its reply is a `SavePdfReply`.
    savePdf: (request: unknown) => invoke(savePdfChannel, request),
  }) as XinqingBridge;
}
