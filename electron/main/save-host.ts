import { realpath, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { app, type BrowserWindow, dialog } from 'electron';
import type { IpcSenderEvent } from './ipc-sender';
import { pdfPrintOptions } from './pdf-print-options';
import { saveDialogOptions } from './save-dialog-options';
import { createSaveFlow, type SaveHandler } from './save-flow';
import { fileSaveKind, pdfSaveKind } from './save-kinds';
import { createTempFolderCheck } from './save-temp-folder';

/** The host's save handlers wired to Electron: the dialog, the window's page, the file system. */
export function electronSaveHandlers(options: {
  window: () => BrowserWindow | null;
  isTrusted: (event: IpcSenderEvent) => boolean;
  isUnlocked: () => boolean;
  onError: (error: unknown) => void;
}): { savePdf: SaveHandler; saveFile: SaveHandler } {
  const openWindow = (): BrowserWindow => {
    const window = options.window();
    if (window === null || window.isDestroyed()) throw new Error('The window is closed.');
    return window;
  };
  const handlerFor = createSaveFlow({
    isTrusted: options.isTrusted,
    isUnlocked: options.isUnlocked,
    choosePath: async (fileName, extension) => {
      const result = await dialog.showSaveDialog(
        openWindow(),
        saveDialogOptions(app.getPath('documents'), fileName, extension, app.getLocale()),
      );
      return result.canceled || result.filePath === '' ? undefined : result.filePath;
    },
    isInTempFolder: createTempFolderCheck({
      tempFolders: [app.getPath('temp'), os.tmpdir()],
      realpath: (filePath) => realpath(filePath),
      platform: process.platform,
    }),
    writeFile: (filePath, data, writeOptions) => writeFile(filePath, data, writeOptions),
    onError: options.onError,
  });
  return {
    savePdf: handlerFor(pdfSaveKind(() => openWindow().webContents.printToPDF(pdfPrintOptions))),
    saveFile: handlerFor(fileSaveKind),
  };
}
