import { useEffect, useEffectEvent } from 'react';
import { api } from '../api/api';
import { ActivityClock } from './activity-clock';

const activityEvents = ['keydown', 'mousedown', 'wheel', 'touchstart'] as const;
const checkEveryMs = 1_000;

/**
 * While the vault is open: reports use to the backend (throttled) so its idle timer counts from
 * real work, and locks from this side too when the configured minutes pass without input.
 */
export function useIdleLock(options: {
  autoLockMinutes: number | null;
  onIdle: () => void;
  onFoundLocked: () => void;
}): void {
  const { autoLockMinutes } = options;
  const onIdle = useEffectEvent(options.onIdle);
  const onFoundLocked = useEffectEvent(options.onFoundLocked);

  useEffect(() => {
    if (autoLockMinutes === null) return;
    const clock = new ActivityClock(Date.now());
    const onActivity = () => {
      if (!clock.recordActivity(Date.now())) return;
      void api.call('vault.touch', {}).then((result) => {
        if (result.ok && result.value.locked) onFoundLocked();
      });
    };
    const timer = window.setInterval(() => {
      if (clock.isIdle(Date.now(), autoLockMinutes)) onIdle();
    }, checkEveryMs);
    for (const event of activityEvents) window.addEventListener(event, onActivity, { capture: true, passive: true });
    return () => {
      window.clearInterval(timer);
      for (const event of activityEvents) window.removeEventListener(event, onActivity, { capture: true });
    };
  }, [autoLockMinutes]);
}
