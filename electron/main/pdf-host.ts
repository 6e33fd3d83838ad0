import { realpath, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { app, type BrowserWindow, dialog } from 'electron';
import type { IpcSenderEvent } from './ipc-sender';
import { pdfPrintOptions, savePdfDialogOptions } from './pdf-options';
import { createSavePdfHandler, type SavePdfHandler } from './pdf-save';
import { createTempFolderCheck } from './pdf-temp-folder';

/** The save-as-PDF handler wired to Electron: the dialog, the window's page, the file system. */
export function electronSavePdfHandler(options: {
  window: () => BrowserWindow | null;
  isTrusted: (event: IpcSenderEvent) => boolean;
  isUnlocked: () => boolean;
  onError: (error: unknown) => void;
}): SavePdfHandler {
  const openWindow = (): BrowserWindow => {
    const window = options.window();
    if (window === null || window.isDestroyed()) throw new Error('The window is closed.');
    return window;
  };
  return createSavePdfHandler({
    isTrusted: options.isTrusted,
    isUnlocked: options.isUnlocked,
    choosePath: async (fileName) => {
      const result = await dialog.showSaveDialog(
        openWindow(),
        savePdfDialogOptions(app.getPath('documents'), fileName, app.getLocale()),
      );
      return result.canceled || result.filePath === '' ? undefined : result.filePath;
    },
    isInTempFolder: createTempFolderCheck({
      tempFolders: [app.getPath('temp'), os.tmpdir()],
      realpath: (filePath) => realpath(filePath),
      platform: process.platform,
    }),
    renderPdf: () => openWindow().webContents.printToPDF(pdfPrintOptions),
    writeFile: (filePath, data, writeOptions) => writeFile(filePath, data, writeOptions),
    onError: options.onError,
  });
}
