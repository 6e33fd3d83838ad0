import { useEffect, useEffectEvent } from 'react';

/** Ctrl+L, or ⌘L on a Mac: the same keys as the Electron menu's Lock item. */
export function isLockShortcut(
  event: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>,
): boolean {
  return (event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'l';
}

export function lockShortcutLabel(userAgent: string): string {
  return /Mac/.test(userAgent) ? '⌘L' : 'Ctrl+L';
}

export function useLockShortcut(enabled: boolean, lock: () => void): void {
  const onLockShortcut = useEffectEvent(lock);
  useEffect(() => {
    if (!enabled) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (!isLockShortcut(event)) return;
      event.preventDefault();
      onLockShortcut();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [enabled]);
}
