'use strict';
// electron-builder afterPack hook: flips the Electron fuses of the packaged app (before
// electron-builder signs it), then reads them back and fails the build if any is not as set.

const { flipFuses, getCurrentFuseWire } = require('@electron/fuses');
const { Arch } = require('electron-builder');
const { electronExecutablePath, expectedFuseWire, fuseConfig } = require('./fuse-config.cjs');

/** @param {import('electron-builder').AfterPackContext} context */
exports.default = async function flipElectronFuses(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  // Only the Linux packager has `executableName`; the other platforms use the product file name.
  const executableName =
    'executableName' in packager && typeof packager.executableName === 'string'
      ? packager.executableName
      : packager.appInfo.productFilename;
  const executable = electronExecutablePath({
    appOutDir,
    platformName: electronPlatformName,
    productFilename: packager.appInfo.productFilename,
    executableName,
  });

  await flipFuses(executable, fuseConfig(electronPlatformName, Arch[context.arch]));

  const wire = /** @type {Record<number, number | undefined>} */ (await getCurrentFuseWire(executable));
  for (const [index, expected] of expectedFuseWire()) {
    if (wire[index] !== expected) {
      throw new Error(`Fuse ${index} of ${executable} is ${wire[index]} after flipping, expected ${expected}.`);
    }
  }
};
