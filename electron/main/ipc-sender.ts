import { isAppUrl } from './app-origin';

/** The parts of Electron's `IpcMainInvokeEvent` the check reads, so tests can pass plain data. */
export interface SenderFrame {
  readonly url: string;
  readonly parent: SenderFrame | null;
}

export interface IpcSenderEvent {
  readonly sender: { readonly id: number };
  readonly senderFrame: SenderFrame | null;
}

/**
 * Accepts an IPC call only from the top-level frame of our own window while it shows the app:
 * not from another window or webContents, not from a subframe, not from a frame that has
 * navigated away or been destroyed (`senderFrame` null), and not from any other origin.
 */
export function isTrustedSender(event: IpcSenderEvent, appWebContentsId: number | null): boolean {
  const frame = event.senderFrame;
  return (
    appWebContentsId !== null &&
    event.sender.id === appWebContentsId &&
    frame !== null &&
    frame.parent === null &&
    isAppUrl(frame.url)
  );
}
