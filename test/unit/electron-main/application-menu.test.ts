import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { applicationMenuTemplate, lockAccelerator, menuLabels } from '../../../electron/main/application-menu';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function template(platform: NodeJS.Platform, isPackaged: boolean, onLock: () => void = () => undefined) {
  return flatten(applicationMenuTemplate({ platform, isPackaged, labels: menuLabels('en-US'), onLock }));
}

describe('application menu', () => {
  it.each(['win32', 'linux', 'darwin'] as const)('has a Lock item on CmdOrCtrl+L on %s', (platform) => {
    let locked = 0;
    const lock = template(platform, true, () => locked++).find((item) => item.id === 'lock');
    expect(lock?.accelerator).toBe(lockAccelerator);
    expect(lockAccelerator).toBe('CmdOrCtrl+L');
    expect(lock?.label).toBe('Lock');
    lock?.click?.({} as never, undefined, {} as never);
    expect(locked).toBe(1);
  });

  it.each(['win32', 'linux', 'darwin'] as const)('has no reload or developer tools when packaged on %s', (platform) => {
    const roles = template(platform, true).map((item) => item.role);
    expect(roles).not.toContain('toggleDevTools');
    expect(roles).not.toContain('reload');
    expect(roles).not.toContain('forceReload');
  });

  it('offers reload and developer tools in development', () => {
    const roles = template('linux', false).map((item) => item.role);
    expect(roles).toContain('toggleDevTools');
    expect(roles).toContain('reload');
  });

  it('keeps the edit roles so copy and paste work on macOS', () => {
    expect(template('darwin', true).map((item) => item.role)).toContain('editMenu');
  });

  it('speaks Chinese on a Chinese system and English elsewhere', () => {
    expect(menuLabels('zh-CN').lock).toBe('锁定');
    expect(menuLabels('zh-TW').lock).toBe('锁定');
    expect(menuLabels('en-GB').lock).toBe('Lock');
    expect(menuLabels('').lock).toBe('Lock');
  });
});
