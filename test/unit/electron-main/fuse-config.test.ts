import { createRequire } from 'node:module';
import path from 'node:path';
import { FuseV1Options, FuseVersion } from '@electron/fuses';
import { describe, expect, it } from 'vitest';

interface FuseConfigModule {
  fuseStates: Readonly<Record<string, boolean>>;
  fuseConfig(platformName: string, archName: string | undefined): Record<string, unknown>;
  expectedFuseWire(): Map<number, number>;
  electronExecutablePath(layout: {
    appOutDir: string;
    platformName: string;
    productFilename: string;
    executableName: string;
  }): string;
}

// The afterPack hook's data module is CommonJS, as electron-builder hooks are.
const require = createRequire(import.meta.url);
const fuses = require('../../../scripts/fuse-config.cjs') as FuseConfigModule;

const enable = '1'.charCodeAt(0);
const disable = '0'.charCodeAt(0);

describe('fuse configuration', () => {
  const config = fuses.fuseConfig('win32', 'x64');

  it('switches off every way to run the app as something else', () => {
    expect(config[FuseV1Options.RunAsNode]).toBe(false);
    expect(config[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false);
    expect(config[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false);
    expect(config[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false);
  });

  it('switches on cookie encryption and the asar integrity chain', () => {
    expect(config[FuseV1Options.EnableCookieEncryption]).toBe(true);
    expect(config[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true);
    expect(config[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true);
  });

  it('sets every fuse @electron/fuses knows, explicitly', () => {
    const known = Object.values(FuseV1Options).filter((value): value is number => typeof value === 'number');
    for (const index of known) expect(typeof config[index]).toBe('boolean');
    expect(config.version).toBe(FuseVersion.V1);
  });

  it('resets the ad-hoc signature only for macOS builds containing arm64', () => {
    expect(fuses.fuseConfig('darwin', 'arm64').resetAdHocDarwinSignature).toBe(true);
    expect(fuses.fuseConfig('darwin', 'universal').resetAdHocDarwinSignature).toBe(true);
    expect(fuses.fuseConfig('darwin', 'x64').resetAdHocDarwinSignature).toBe(false);
    expect(fuses.fuseConfig('linux', 'arm64').resetAdHocDarwinSignature).toBe(false);
    expect(fuses.fuseConfig('win32', 'arm64').resetAdHocDarwinSignature).toBe(false);
  });

  it('expects back exactly the bytes it wrote', () => {
    const wire = fuses.expectedFuseWire();
    expect(wire.get(FuseV1Options.RunAsNode)).toBe(disable);
    expect(wire.get(FuseV1Options.EnableCookieEncryption)).toBe(enable);
    expect(wire.get(FuseV1Options.EnableEmbeddedAsarIntegrityValidation)).toBe(enable);
    expect(wire.get(FuseV1Options.OnlyLoadAppFromAsar)).toBe(enable);
    for (const [index, state] of wire) expect(state).toBe(config[index] ? enable : disable);
  });
});

describe('electronExecutablePath', () => {
  const layout = { appOutDir: '/out', productFilename: 'Xinqing', executableName: 'xinqing' };

  it('finds the executable electron-builder wrote on each platform', () => {
    expect(fuses.electronExecutablePath({ ...layout, platformName: 'darwin' })).toBe(path.join('/out', 'Xinqing.app'));
    expect(fuses.electronExecutablePath({ ...layout, platformName: 'win32' })).toBe(path.join('/out', 'Xinqing.exe'));
    expect(fuses.electronExecutablePath({ ...layout, platformName: 'linux' })).toBe(path.join('/out', 'xinqing'));
  });

  it('refuses a platform it does not know rather than guessing', () => {
    expect(() => fuses.electronExecutablePath({ ...layout, platformName: 'aix' })).toThrow();
  });
});
