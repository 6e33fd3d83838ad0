/**
 * The app needs no web permission: no camera, microphone, notifications, geolocation, clipboard
 * read, HID/serial/USB devices, fullscreen requests or external protocol launches. Every
 * request and every check is answered "no", whatever the origin, so a new permission added to
 * Chromium is denied by default rather than granted.
 */

/** `session.setPermissionRequestHandler` */
export function denyPermissionRequest(
  _webContents: unknown,
  _permission: string,
  callback: (permissionGranted: boolean) => void,
): void {
  callback(false);
}

/** `session.setPermissionCheckHandler` */
export function denyPermissionCheck(): boolean {
  return false;
}

/** `session.setDevicePermissionHandler` (WebHID, WebSerial, WebUSB) */
export function denyDevicePermission(): boolean {
  return false;
}
