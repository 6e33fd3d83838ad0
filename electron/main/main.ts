import path from 'node:path';
import { app, type BrowserWindow, dialog, ipcMain, Menu, powerMonitor, protocol, session } from 'electron';
import { type Backend, createBackend } from '../backend/backend';
import { appScheme } from './app-origin';
import { createAppProtocolHandler } from './app-protocol';
import { applicationMenuTemplate, menuLabels } from './application-menu';
import { dataFolderFrom, nativeBindingFrom } from './data-location';
import { hardenSession } from './harden-session';
import { hardenWebContents } from './harden-web-contents';
import { internalErrorLogLine } from './internal-error-log';
import { bindRouter } from './ipc-binding';
import { type IpcSenderEvent, isTrustedSender } from './ipc-sender';
import {
  lockedEventChannel,
  lockRequestedEventChannel,
  saveFileChannel,
  savePdfChannel,
} from '../../shared/contract/channel-names';
import { lockAfterPageSaves } from './lock-sequence';
import { createMainWindow } from './main-window';
import { electronSaveHandlers } from './save-host';
import { privilegedSchemes } from './scheme-privileges';
import { windowTitle } from './window-options';

// Bundled to build/electron/main.cjs, beside preload.cjs; the renderer is built to build/renderer.
const preloadPath = path.join(__dirname, 'preload.cjs');
const rendererRoot = path.join(__dirname, '..', 'renderer');

let backend: Backend | null = null;
let mainWindow: BrowserWindow | null = null;
let appWebContentsId: number | null = null;

function pageContents() {
  return mainWindow !== null && !mainWindow.isDestroyed() ? mainWindow.webContents : null;
}

/** Locks from outside the page (menu, sleep, screen lock, closing) after the page saved its drafts. */
function lockVault(): Promise<void> {
  const vault = backend?.vault;
  if (!vault) return Promise.resolve();
  return lockAfterPageSaves({
    isUnlocked: () => vault.isUnlocked(),
    lock: () => vault.lock(),
    askPageToLock: () => {
      const contents = pageContents();
      contents?.send(lockRequestedEventChannel);
      return contents !== null;
    },
    tellPageLocked: () => pageContents()?.send(lockedEventChannel),
  });
}

/**
 * Closing the window or quitting first lets the page save what was typed and lock; then the
 * same step runs again and, the vault now locked, goes through.
 */
function saveThen(finish: () => void) {
  return (event: { preventDefault(): void }): void => {
    if (!backend?.vault.isUnlocked()) return;
    event.preventDefault();
    void lockVault().then(finish);
  };
}

function focusMainWindow(): void {
  if (mainWindow === null || mainWindow.isDestroyed()) return;
  if (mainWindow.isMinimized()) mainWindow.restore();
  mainWindow.show();
  mainWindow.focus();
}

function failStartup(error: unknown): void {
  const reason = error instanceof Error ? error.message : String(error);
  dialog.showErrorBox(windowTitle, `心晴无法启动。Xinqing could not start.\n\n${reason}`);
  app.exit(1);
}

function start(): void {
  hardenSession(session.defaultSession);
  protocol.handle(appScheme, createAppProtocolHandler(rendererRoot));

  backend = createBackend({
    dataFolder: dataFolderFrom(app.getPath('userData'), process.env),
    nativeBinding: nativeBindingFrom(app.isPackaged, process.env),
    onInternalError: (error) => console.error(internalErrorLogLine(error, app.isPackaged)),
  });
  const fromAppWindow = (event: IpcSenderEvent) => isTrustedSender(event, appWebContentsId);
  bindRouter(ipcMain, backend.router, fromAppWindow);
  const saveHandlers = electronSaveHandlers({
    window: () => mainWindow,
    isTrusted: fromAppWindow,
    isUnlocked: () => backend?.vault.isUnlocked() ?? false,
    onError: (error) => console.error(internalErrorLogLine(error, app.isPackaged)),
  });
  ipcMain.handle(savePdfChannel, saveHandlers.savePdf);
  ipcMain.handle(saveFileChannel, saveHandlers.saveFile);

  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      applicationMenuTemplate({
        platform: process.platform,
        isPackaged: app.isPackaged,
        labels: menuLabels(app.getLocale()),
        onLock: () => void lockVault(),
      }),
    ),
  );
  // A PC left asleep or at its lock screen may be opened by someone else.
  powerMonitor.on('suspend', () => void lockVault());
  powerMonitor.on('lock-screen', () => void lockVault());

  const window = createMainWindow({ preloadPath, isPackaged: app.isPackaged, onLoadFailed: failStartup });
  mainWindow = window;
  appWebContentsId = window.webContents.id;
  window.on(
    'close',
    saveThen(() => window.close()),
  );
  window.on('closed', () => {
    mainWindow = null;
    appWebContentsId = null;
  });
}

// Both must happen before `ready`: the scheme's privileges, and the sandbox for every renderer.
protocol.registerSchemesAsPrivileged(privilegedSchemes());
app.enableSandbox();

// The crash reporter is never started: a minidump holds process memory, that is, records and
// key material (docs/decisions/0002-electron-40-and-hardening.md).
if (app.requestSingleInstanceLock()) {
  app.on('second-instance', focusMainWindow);
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on(
    'before-quit',
    saveThen(() => app.quit()),
  );
  app.on('will-quit', () => backend?.close());
  app.whenReady().then(start).catch(failStartup);
} else {
  // Two instances on one data folder would fight over the database and the vault file.
  app.quit();
}
