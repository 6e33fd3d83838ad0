import { isAppUrl } from './app-origin';

/**
 * The app needs one web permission: HTML full screen, asked for by the app's own page when a
 * student starts a self-report, so the questionnaire fills the screen and the desktop behind it
 * is out of reach (the page works without it if it is refused). Nothing else is granted: no
 * camera, microphone, notifications, geolocation, clipboard read, HID/serial/USB devices or
 * external protocol launches, whatever the origin, so a new permission added to Chromium is
 * denied by default rather than granted. Full screen is granted only to the main frame of our
 * own `app://` page, never to another origin or a sub-frame.
 */

const grantedPermission = 'fullscreen';

function isOwnFullscreen(permission: string, url: string | undefined, isMainFrame: boolean): boolean {
  return permission === grantedPermission && isMainFrame && url !== undefined && isAppUrl(url);
}

/** `session.setPermissionRequestHandler` */
export function answerPermissionRequest(
  _webContents: unknown,
  permission: string,
  callback: (permissionGranted: boolean) => void,
  details: { requestingUrl?: string; isMainFrame: boolean },
): void {
  callback(isOwnFullscreen(permission, details.requestingUrl, details.isMainFrame));
}

/** `session.setPermissionCheckHandler`: Chromium checks before it asks, and both must agree. */
export function answerPermissionCheck(
  _webContents: unknown,
  permission: string,
  requestingOrigin: string,
  details: { isMainFrame: boolean },
): boolean {
  return isOwnFullscreen(permission, requestingOrigin, details.isMainFrame);
}

/** `session.setDevicePermissionHandler` (WebHID, WebSerial, WebUSB) */
export function denyDevicePermission(): boolean {
  return false;
}
