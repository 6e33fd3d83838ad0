import type { Session } from 'electron';
import { blockedRequestPatterns, cancelRequest } from './network-policy';
import { answerPermissionCheck, answerPermissionRequest, denyDevicePermission } from './permission-policy';

/**
 * Session-wide rules: every permission denied but the app's own full screen, no spell-checker
 * (and so no dictionary download), no request leaving the machine, and no downloads: a download would write a file
 * the counselor did not choose through the app's own save dialog, outside the encrypted store.
 */
export function hardenSession(session: Session): void {
  session.setPermissionRequestHandler(answerPermissionRequest);
  session.setPermissionCheckHandler(answerPermissionCheck);
  session.setDevicePermissionHandler(denyDevicePermission);
  session.setSpellCheckerEnabled(false);
  session.webRequest.onBeforeRequest({ urls: [...blockedRequestPatterns] }, (_details, callback) => {
    callback(cancelRequest());
  });
  session.on('will-download', (event) => event.preventDefault());
}
