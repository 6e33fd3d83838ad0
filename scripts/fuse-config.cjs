'use strict';
// Electron fuses for packaged builds, read by the afterPack hook (electron-fuses.cjs) and by
// the unit tests. Fuses are bits in the Electron binary: they switch features off in a way no
// environment variable or command-line flag can switch back on.

const path = require('node:path');
const { FuseV1Options, FuseVersion } = require('@electron/fuses');
// FuseState (the byte values '0' and '1') is not re-exported by the package's index.
const { FuseState } = require('@electron/fuses/dist/constants');

/** @typedef {keyof typeof FuseV1Options} FuseName */

/**
 * Every fuse @electron/fuses 1.8 knows, set explicitly. Electron 40 has a ninth fuse,
 * WasmTrapHandlers, that 1.8 cannot address; it keeps Electron's default (on), which is the
 * safe state, so `strictlyRequireAllFuses` stays off.
 */
/** @type {Readonly<Record<FuseName, boolean>>} */
const fuseStates = Object.freeze({
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node.
  RunAsNode: false,
  // Cookies are encrypted with an OS-protected key (the app sets none, but any would be safe).
  EnableCookieEncryption: true,
  // NODE_OPTIONS could preload code (--require) into the main process.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect would let anyone on the PC attach a debugger and read the unlocked key.
  EnableNodeCliInspectArguments: false,
  // The app.asar header hash is checked at start (macOS, Windows): swapped code does not run.
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded, so the integrity check cannot be sidestepped by a loose app folder.
  OnlyLoadAppFromAsar: true,
  // Electron's default; the app ships no custom V8 snapshot.
  LoadBrowserProcessSpecificV8Snapshot: false,
  // The app never uses file://, so file: pages get no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
});

/**
 * The `flipFuses` configuration for one packaged app. Flipping the fuses invalidates the ad-hoc
 * signature of an unsigned arm64 macOS build, which then will not start; resetting it is needed
 * for arm64 and universal (which contains arm64) and harmless to skip elsewhere.
 *
 * @param {string} platformName electron-builder's `electronPlatformName`: darwin, mas, win32, linux
 * @param {string | undefined} archName x64, ia32, arm64, armv7l or universal
 * @returns {import('@electron/fuses').FuseV1Config}
 */
function fuseConfig(platformName, archName) {
  /** @type {import('@electron/fuses').FuseV1Config} */
  const config = {
    version: FuseVersion.V1,
    resetAdHocDarwinSignature: platformName === 'darwin' && (archName === 'arm64' || archName === 'universal'),
  };
  for (const name of fuseNames()) {
    config[FuseV1Options[name]] = fuseStates[name];
  }
  return config;
}

/** @returns {FuseName[]} */
function fuseNames() {
  return /** @type {FuseName[]} */ (Object.keys(fuseStates));
}

/**
 * The byte each configured fuse must hold after flipping, by fuse index.
 *
 * @returns {Map<number, number>}
 */
function expectedFuseWire() {
  return new Map(
    fuseNames().map((name) => [FuseV1Options[name], fuseStates[name] ? FuseState.ENABLE : FuseState.DISABLE]),
  );
}

/**
 * Where electron-builder put the Electron executable inside `appOutDir` (the same rule it uses
 * for its own `electronFuses` option): the .app bundle on macOS, `<productFilename>.exe` on
 * Windows, and the lower-case `executableName` on Linux.
 *
 * @param {{ appOutDir: string, platformName: string, productFilename: string, executableName: string }} layout
 * @returns {string}
 */
function electronExecutablePath({ appOutDir, platformName, productFilename, executableName }) {
  switch (platformName) {
    case 'darwin':
    case 'mas':
      return path.join(appOutDir, `${productFilename}.app`);
    case 'win32':
      return path.join(appOutDir, `${productFilename}.exe`);
    case 'linux':
      return path.join(appOutDir, executableName);
    default:
      throw new Error(`No Electron executable layout known for platform "${platformName}".`);
  }
}

module.exports = { fuseStates, fuseConfig, expectedFuseWire, electronExecutablePath };
