const storageKey = 'xinqing.token';

/**
 * The browser host's access token. It arrives once in the URL fragment; it is kept in
 * sessionStorage so a reload still works, and taken out of the address bar so it is not
 * copied, bookmarked or left in history.
 */
export function takeBrowserToken(
  location: Pick<Location, 'hash' | 'pathname' | 'search'>,
  history: Pick<History, 'replaceState'>,
  storage: Pick<Storage, 'getItem' | 'setItem'>,
): string | null {
  const match = /(?:^#|&)token=([0-9a-f]{64})(?:&|$)/.exec(location.hash);
  if (match) {
    storage.setItem(storageKey, match[1]!);
    history.replaceState(null, '', location.pathname + location.search);
  }
  return storage.getItem(storageKey);
}
