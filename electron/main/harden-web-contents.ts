import type { WebContents } from 'electron';
import { denyWindowOpen, isAllowedNavigation } from './navigation-guard';

interface NavigationEvent {
  readonly url: string;
  preventDefault(): void;
}

function guardNavigation(event: NavigationEvent): void {
  if (!isAllowedNavigation(event.url)) event.preventDefault();
}

/**
 * Applied to every webContents the app ever creates (`web-contents-created`), not only to the
 * main window, so nothing that appears later escapes the rules: navigation and redirects stay
 * inside the app, `window.open` is denied and `<webview>` can never attach.
 */
export function hardenWebContents(contents: WebContents): void {
  contents.on('will-navigate', guardNavigation);
  contents.on('will-frame-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.setWindowOpenHandler(denyWindowOpen);
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
