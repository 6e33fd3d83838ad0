import type { Browser, Page } from 'playwright-core';
import { newDataFolder, removeDataFolder, type RunningHost, startHost } from './app-host';
import { launchChromium, type UiLanguage } from './chromium';
import { openPage } from './ui';

export interface AppSession {
  folder: string;
  host: RunningHost;
  browser: Browser;
  page: Page;
}

/** A fresh data folder, the browser host on it, Chromium, and a page in the system language given. */
export async function startAppSession(language: UiLanguage): Promise<AppSession> {
  const folder = newDataFolder();
  const host = await startHost(folder);
  const browser = await launchChromium();
  return { folder, host, browser, page: await openPage(browser, host.url, language) };
}

/** Ends what `startAppSession` started, as far as it got. */
export async function endAppSession(session: Partial<Omit<AppSession, 'page'>>): Promise<void> {
  await session.browser?.close();
  await session.host?.stop();
  if (session.folder) removeDataFolder(session.folder);
}
