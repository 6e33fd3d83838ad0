import type { IpcMain } from 'electron';
import type { Result } from '../../shared/contract';
import { type ChannelName, channelNames } from '../../shared/contract/channel-names';
import type { Router } from '../backend/router';
import type { IpcSenderEvent } from './ipc-sender';

/** What a call from anywhere but the app window gets: the router never sees it. */
export const untrustedSenderResult: Result<never> = {
  ok: false,
  error: { code: 'UNAUTHORIZED', message: 'Calls are accepted only from the app window.' },
};

export type ChannelHandler = (event: IpcSenderEvent, input: unknown) => Promise<Result<unknown>>;

/** One `ipcMain.handle` listener: check the sender, then let the router validate and run the call. */
export function createChannelHandler(
  channel: ChannelName,
  router: Router,
  isTrusted: (event: IpcSenderEvent) => boolean,
): ChannelHandler {
  return async (event, input) => (isTrusted(event) ? router.call(channel, input) : untrustedSenderResult);
}

/** Binds exactly the contract's channels, one handler each; the host's own save handlers (save-host.ts) are the only others. */
export function bindRouter(
  ipcMain: Pick<IpcMain, 'handle'>,
  router: Router,
  isTrusted: (event: IpcSenderEvent) => boolean,
): void {
  for (const channel of channelNames) {
    ipcMain.handle(channel, createChannelHandler(channel, router, isTrusted));
  }
}
