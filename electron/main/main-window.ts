import { BrowserWindow } from 'electron';
import { appEntryUrl } from './app-origin';
import { mainWindowOptions } from './window-options';

/** Creates the app window, shown once its first paint is ready so it never flashes blank. */
export function createMainWindow(options: {
  preloadPath: string;
  isPackaged: boolean;
  onLoadFailed: (error: unknown) => void;
}): BrowserWindow {
  const window = new BrowserWindow(mainWindowOptions(options));
  window.once('ready-to-show', () => window.show());
  window.loadURL(appEntryUrl).catch(options.onLoadFailed);
  return window;
}
