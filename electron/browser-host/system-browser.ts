import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';

const executableNames = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome', 'msedge'];

const knownInstallPaths: Partial<Record<NodeJS.Platform, string[]>> = {
  win32: [
    join(process.env.PROGRAMFILES ?? 'C:\\Program Files', 'Google', 'Chrome', 'Application', 'chrome.exe'),
    join(
      process.env['PROGRAMFILES(X86)'] ?? 'C:\\Program Files (x86)',
      'Microsoft',
      'Edge',
      'Application',
      'msedge.exe',
    ),
  ],
  darwin: [
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ],
};

/** The first Chromium-family browser on this system, or null. CHROME_PATH overrides the search. */
export function findSystemBrowser(env: NodeJS.ProcessEnv = process.env): string | null {
  if (env.CHROME_PATH && existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
  const folders = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const suffix = process.platform === 'win32' ? '.exe' : '';
  for (const folder of folders) {
    for (const name of executableNames) {
      const candidate = join(folder, name + suffix);
      if (existsSync(candidate)) return candidate;
    }
  }
  return (knownInstallPaths[process.platform] ?? []).find((path) => existsSync(path)) ?? null;
}

/**
 * Opens the app in its own browser window with a throwaway profile, so no history, cache or
 * token of it stays in the counselor's everyday browser profile.
 */
export function openInSystemBrowser(browser: string, url: string): void {
  const profile = mkdtempSync(join(tmpdir(), 'xinqing-browser-'));
  const child = spawn(
    browser,
    [
      `--user-data-dir=${profile}`,
      '--no-first-run',
      '--disable-background-networking',
      '--disable-sync',
      `--app=${url}`,
    ],
    { stdio: 'ignore' },
  );
  child.on('exit', () => rmSync(profile, { recursive: true, force: true }));
  child.on('error', () => rmSync(profile, { recursive: true, force: true }));
}
