/**
 * The one origin the window may show: the built renderer served by our `app://` protocol
 * handler. Everything else (file://, http(s)://, other hosts) is foreign.
 */
export const appScheme = 'app';
export const appHost = 'xinqing';
export const appEntryUrl = `${appScheme}://${appHost}/index.html`;

/**
 * Whether `url` belongs to the app. Compares scheme and host rather than `URL.origin`, because
 * WHATWG URL gives non-special schemes such as `app:` an opaque origin ("null") outside
 * Chromium. Credentials or a port make the URL foreign: the real app never uses them.
 */
export function isAppUrl(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return (
    parsed.protocol === `${appScheme}:` &&
    parsed.hostname.toLowerCase() === appHost &&
    parsed.port === '' &&
    parsed.username === '' &&
    parsed.password === ''
  );
}
