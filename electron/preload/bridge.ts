import {
  type ChannelName,
  bridgeFunctionName,
  channelNames,
  lockedEventChannel,
  lockRequestedEventChannel,
  type HostSaveReply,
  type SaveFileRequest,
  saveFileChannel,
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
 * `onLockRequested` (save drafts, then lock) and `onLocked` (the vault was locked), and the two
 * host capabilities, both saving where the counselor picks: `savePdf` (the page as PDF) and
 * `saveFile` (bytes the page holds, such as the ledger workbook).
 */
export type XinqingBridge = {
  readonly [C in ChannelName as BridgeName<C>]: (input?: unknown) => Promise<unknown>;
} & {
  readonly onLocked: (callback: () => void) => () => void;
  readonly onLockRequested: (callback: () => void) => () => void;
  readonly savePdf: (request: SavePdfRequest) => Promise<HostSaveReply>;
  readonly saveFile: (request: SaveFileRequest) => Promise<HostSaveReply>;
};

export type HostChannel = typeof savePdfChannel | typeof saveFileChannel;
export type Invoke = (channel: ChannelName | HostChannel, input: unknown) => Promise<unknown>;
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
    // The main process checks the requests; its replies are `HostSaveReply`s.
    savePdf: (request: unknown) => invoke(savePdfChannel, request),
    saveFile: (request: unknown) => invoke(saveFileChannel, request),
  }) as XinqingBridge;
}
