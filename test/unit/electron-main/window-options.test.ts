import { describe, expect, it } from 'vitest';
import { mainWindowOptions, secureWebPreferences, windowTitle } from '../../../electron/main/window-options';

const preloadPath = '/app/build/electron/preload.cjs';

describe('secureWebPreferences', () => {
  it('isolates and sandboxes the renderer with no Node access', () => {
    const preferences = secureWebPreferences({ preloadPath, isPackaged: true });
    expect(preferences).toEqual({
      preload: preloadPath,
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
      devTools: false,
    });
    expect(preferences).not.toHaveProperty('enableBlinkFeatures');
  });

  it('allows developer tools only in development', () => {
    expect(secureWebPreferences({ preloadPath, isPackaged: true }).devTools).toBe(false);
    expect(secureWebPreferences({ preloadPath, isPackaged: false }).devTools).toBe(true);
  });
});

describe('mainWindowOptions', () => {
  it('opens hidden, titled, no smaller than the layout needs', () => {
    const options = mainWindowOptions({ preloadPath, isPackaged: true });
    expect(options.title).toBe(windowTitle);
    expect(windowTitle).toBe('心晴 Xinqing');
    expect(options.show).toBe(false);
    expect(options.minWidth).toBeGreaterThanOrEqual(1024);
    expect(options.minHeight).toBeGreaterThanOrEqual(700);
    expect(options.webPreferences).toEqual(secureWebPreferences({ preloadPath, isPackaged: true }));
  });
});
