import type { BrowserWindowConstructorOptions, WebPreferences } from 'electron';

export const windowTitle = '心晴 Xinqing';

/**
 * The renderer is an untrusted page with one door, the preload's named functions. Each line
 * below is an item of Electron's security checklist; `enableBlinkFeatures` stays unset.
 * `spellcheck` is off so typed notes are never sent to a dictionary service and no dictionary
 * is downloaded; `navigateOnDragDrop` is off so a dropped file cannot replace the app.
 */
export function secureWebPreferences(options: { preloadPath: string; isPackaged: boolean }): WebPreferences {
  return {
    preload: options.preloadPath,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
    navigateOnDragDrop: false,
    devTools: !options.isPackaged,
  };
}

/** The one window: hidden until the first paint is ready, never smaller than the layout needs. */
export function mainWindowOptions(options: {
  preloadPath: string;
  isPackaged: boolean;
}): BrowserWindowConstructorOptions {
  return {
    title: windowTitle,
    width: 1280,
    height: 820,
    minWidth: 1024,
    minHeight: 700,
    show: false,
    webPreferences: secureWebPreferences(options),
  };
}
