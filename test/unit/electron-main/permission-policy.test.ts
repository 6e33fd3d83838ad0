import { describe, expect, it } from 'vitest';
import {
  denyDevicePermission,
  denyPermissionCheck,
  denyPermissionRequest,
} from '../../../electron/main/permission-policy';

const permissions = [
  'clipboard-read',
  'clipboard-sanitized-write',
  'display-capture',
  'fullscreen',
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

describe('permission policy', () => {
  it.each(permissions)('denies a request for %s', (permission) => {
    const answers: boolean[] = [];
    denyPermissionRequest(null, permission, (granted) => answers.push(granted));
    expect(answers).toEqual([false]);
  });

  it('denies every permission check and every device', () => {
    expect(denyPermissionCheck()).toBe(false);
    expect(denyDevicePermission()).toBe(false);
  });
});
