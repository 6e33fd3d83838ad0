import type { WindowOpenHandlerResponse } from 'electron';
import { isAppUrl } from './app-origin';

/**
 * Whether a frame may navigate to `url` (will-navigate, will-frame-navigate, will-redirect):
 * only within the app's own origin, such as a reload of the renderer. Links to the web,
 * file:// and other custom schemes are refused, and nothing is handed to the operating
 * system instead: the main process never calls `shell.openExternal` with renderer input.
 */
export function isAllowedNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** `setWindowOpenHandler`: the app has one window; `window.open` and target=_blank never open another. */
export function denyWindowOpen(): WindowOpenHandlerResponse {
  return { action: 'deny' };
}
