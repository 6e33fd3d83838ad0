import { useCallback, useEffect, useState } from 'react';
import type { TimelineEntry } from '../../../shared/schemas/session-lookups';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';

/**
 * Everything in a student's timeline, oldest first; the screen filters by kind itself. Loaded
 * again when something is added from the file itself (a scale result).
 */
export function useTimeline(studentId: string | null): {
  entries: TimelineEntry[] | null;
  error: ClientError | null;
  reload: () => void;
} {
  const [entries, setEntries] = useState<TimelineEntry[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const reload = useCallback(() => {
    if (!studentId) return;
    void api.call('sessions.timeline', { studentId }).then((result) => {
      if (result.ok) setEntries(result.value.entries);
      else setError(result.error);
    });
  }, [studentId]);
  useEffect(reload, [reload]);
  return { entries, error, reload };
}
