import { useEffect, useLayoutEffect, useRef, useSyncExternalStore } from 'react';
import type { CaseSource } from '../../../../shared/schemas/crisis';

/**
 * Asks the main frame to start a case or to show one. The critical-item alert, the note's
 * urgent risk check and the student file sit deep inside other sections (the alert even
 * outside the frame, after a student's self-report), so they ask here instead of having a
 * navigation callback threaded through every component in between.
 */
export type CrisisRequest =
  { kind: 'start'; studentId: string; source: CaseSource | null } | { kind: 'show'; caseId: string };

type Listener = (request: CrisisRequest) => void;

const listeners = new Set<Listener>();
const watchers = new Set<() => void>();

function subscribeToCount(watcher: () => void): () => void {
  watchers.add(watcher);
  return () => watchers.delete(watcher);
}

export function requestCrisis(request: CrisisRequest): void {
  listeners.forEach((listener) => listener(request));
}

/** For the main frame: handles every request while mounted, with the latest `listener`. */
export function useCrisisRequests(listener: Listener): void {
  const latest = useRef(listener);
  useLayoutEffect(() => {
    latest.current = listener;
  });
  useEffect(() => {
    const handle: Listener = (request) => latest.current(request);
    listeners.add(handle);
    watchers.forEach((watcher) => watcher());
    return () => {
      listeners.delete(handle);
      watchers.forEach((watcher) => watcher());
    };
  }, []);
}

/** Whether anyone answers requests: a button that asks shows only when its request will be heard. */
export function useCrisisRequestsHeard(): boolean {
  return useSyncExternalStore(subscribeToCount, () => listeners.size > 0);
}
