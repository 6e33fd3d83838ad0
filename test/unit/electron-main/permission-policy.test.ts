import { describe, expect, it } from 'vitest';
import { appEntryUrl } from '../../../electron/main/app-origin';
import {
  answerPermissionCheck,
  answerPermissionRequest,
  denyDevicePermission,
} from '../../../electron/main/permission-policy';
import { mainWindowOptions } from '../../../electron/main/window-options';

const deniedPermissions = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'geolocation',
  'media',
  'midi',
  'notifications',
  'openExternal',
  'pointerLock',
  'keyboardLock',
  'fileSystem',
  'window-management',
  'unknown',
  'a-permission-chromium-adds-later',
];

const foreignUrls = ['https://example.com/', 'file:///index.html', 'app://other/index.html', 'app://xinqing:8080/'];

function request(permission: string, requestingUrl: string, isMainFrame = true): boolean[] {
  const answers: boolean[] = [];
  answerPermissionRequest(null, permission, (granted) => answers.push(granted), { requestingUrl, isMainFrame });
  return answers;
}

describe('permission policy', () => {
  it.each(deniedPermissions)('denies a request and a check for %s, even from the app', (permission) => {
    expect(request(permission, appEntryUrl)).toEqual([false]);
    expect(answerPermissionCheck(null, permission, 'app://xinqing', { isMainFrame: true })).toBe(false);
  });

  it("grants full screen to the app's own page, for the student self-report", () => {
    expect(request('fullscreen', appEntryUrl)).toEqual([true]);
    expect(answerPermissionCheck(null, 'fullscreen', 'app://xinqing', { isMainFrame: true })).toBe(true);
  });

  it.each(foreignUrls)('denies full screen to %s', (url) => {
    expect(request('fullscreen', url)).toEqual([false]);
    expect(answerPermissionCheck(null, 'fullscreen', url, { isMainFrame: true })).toBe(false);
  });

  it('denies full screen to a sub-frame, even of the app', () => {
    expect(request('fullscreen', appEntryUrl, false)).toEqual([false]);
    expect(answerPermissionCheck(null, 'fullscreen', 'app://xinqing', { isMainFrame: false })).toBe(false);
  });

  it('denies every device', () => {
    expect(denyDevicePermission()).toBe(false);
  });

  it('leaves the window able to go full screen when the page asks', () => {
    const options = mainWindowOptions({ preloadPath: '/app/preload.cjs', isPackaged: true });
    expect(options.fullscreenable).not.toBe(false);
  });
});
