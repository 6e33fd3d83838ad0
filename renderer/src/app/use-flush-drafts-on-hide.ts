import { useEffect } from 'react';
import { draftKeeper } from '../sessions/draft-keeper-instance';

/**
 * Saves every draft when the page is hidden or closed: the window may never come back (a
 * closed tab, a shut-down computer). Keepalive lets the last save outlive the page.
 */
export function useFlushDraftsOnHide(): void {
  useEffect(() => {
    const flush = () => void draftKeeper.flushAll(true);
    const onVisibility = () => {
      if (document.visibilityState === 'hidden') flush();
    };
    window.addEventListener('pagehide', flush);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', flush);
      document.removeEventListener('visibilitychange', onVisibility);
    };
  }, []);
}
