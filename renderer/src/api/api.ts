import { createApiClient } from './api-client';
import { takeBrowserToken } from './browser-token';
import { electronTransport } from './electron-transport';
import { httpTransport } from './http-transport';

function chooseTransport() {
  if (window.xinqing) return electronTransport(window.xinqing);
  return httpTransport(takeBrowserToken(window.location, window.history, window.sessionStorage));
}

/** The app's one client, made at startup so the token leaves the address bar at once. */
export const api = createApiClient(chooseTransport());
