/**
 * URL patterns for `session.webRequest.onBeforeRequest` whose requests are cancelled. The app is
 * offline by design: the CSP already limits the page to 'self', and this is the second wall,
 * enforced in the main process for every frame, worker and subresource of the session. The
 * renderer itself comes from `app:`, which is not listed.
 */
export const blockedRequestPatterns: readonly string[] = [
  'http://*/*',
  'https://*/*',
  'ws://*/*',
  'wss://*/*',
  'ftp://*/*',
  'file:///*',
];

/** The `onBeforeRequest` answer for every request the patterns above matched. */
export function cancelRequest(): { cancel: true } {
  return { cancel: true };
}
