import path from 'node:path';
import type { HostSaveReply } from '../../shared/contract/channel-names';
import type { IpcSenderEvent } from './ipc-sender';
import type { SavedExtension } from './save-dialog-options';
import { savedFileName } from './save-file-name';

/** Owner read and write only, where the file system has modes: other accounts of the PC cannot read it. */
export const savedFileMode = 0o600;

export interface SaveFlowDeps {
  isTrusted(event: IpcSenderEvent): boolean;
  /** Records are shown only while the vault is open. */
  isUnlocked(): boolean;
  /** The native save dialog, opened with this file name for this kind; undefined when cancelled. */
  choosePath(fileName: string, extension: SavedExtension): Promise<string | undefined>;
  isInTempFolder(filePath: string): Promise<boolean>;
  writeFile(filePath: string, data: Uint8Array, options: { mode: number; flag: 'w' }): Promise<void>;
  /** Gets the error only; the caller logs it without content. */
  onError(error: unknown): void;
}

/** What one capability brings to the flow: its request, the kind of file, and how to get the bytes. */
export interface SaveKind<Request extends { readonly suggestedName: string }> {
  /** The request as the page may send it, else null (answered as failed, without a dialog). */
  parse(input: unknown): Request | null;
  extension(request: Request): SavedExtension;
  /** Called only once the path is chosen and allowed. */
  bytes(request: Request): Promise<Uint8Array>;
}

export type SaveHandler = (event: IpcSenderEvent, input: unknown) => Promise<HostSaveReply>;

const failed: HostSaveReply = { saved: false, failed: true };
const notSaved: HostSaveReply = { saved: false };

/**
 * The save flow every host capability runs: the counselor picks the place, a temp folder is
 * refused, then the bytes are produced and written. The vault is checked again after the dialog:
 * the PC may have slept, or the counselor locked, while it was open, and then the page no longer
 * shows the record. One dialog at a time across all the flow's handlers, so a page cannot stack
 * them. Only the file's name goes back.
 */
export function createSaveFlow(deps: SaveFlowDeps) {
  let busy = false;
  return <Request extends { readonly suggestedName: string }>(kind: SaveKind<Request>): SaveHandler =>
    async (event, input) => {
      const request = kind.parse(input);
      if (!deps.isTrusted(event) || request === null) return failed;
      if (busy || !deps.isUnlocked()) return notSaved;
      busy = true;
      try {
        const extension = kind.extension(request);
        const filePath = await deps.choosePath(savedFileName(request.suggestedName, extension), extension);
        if (filePath === undefined || !deps.isUnlocked()) return notSaved;
        if (await deps.isInTempFolder(filePath)) return { saved: false, refused: 'tempFolder' };
        const data = await kind.bytes(request);
        await deps.writeFile(filePath, data, { mode: savedFileMode, flag: 'w' });
        return { saved: true, fileName: path.basename(filePath) };
      } catch (error) {
        deps.onError(error);
        return failed;
      } finally {
        busy = false;
      }
    };
}
