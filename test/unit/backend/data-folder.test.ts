import { describe, expect, it } from 'vitest';
import { defaultDataFolder, electronUserDataFolder } from '../../../electron/backend/data-folder';

describe('where the records live', () => {
  it("matches Electron's userData folder on each system", () => {
    expect(electronUserDataFolder('linux', {}, '/home/li')).toBe('/home/li/.config/Xinqing');
    expect(electronUserDataFolder('linux', { XDG_CONFIG_HOME: '/cfg' }, '/home/li')).toBe('/cfg/Xinqing');
    expect(electronUserDataFolder('darwin', {}, '/Users/li')).toBe('/Users/li/Library/Application Support/Xinqing');
    expect(electronUserDataFolder('win32', { APPDATA: 'C:/Users/li/AppData/Roaming' }, 'C:/Users/li')).toMatch(
      /AppData[\\/]Roaming[\\/]Xinqing$/,
    );
    expect(defaultDataFolder('/home/li/.config/Xinqing')).toBe('/home/li/.config/Xinqing/records');
  });
});
