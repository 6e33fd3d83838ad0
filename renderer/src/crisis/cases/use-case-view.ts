import { useCallback, useEffect, useRef, useState } from 'react';
import type { CaseEventBody } from '../../../../shared/schemas/crisis';
import type { CaseView } from '../../../../shared/schemas/crisis-records';
import { api } from '../../api/api';
import type { ClientError, ClientResult } from '../../api/client-result';

/**
 * One case as the page shows it. Each record says how many events the page showed, so an event
 * recorded meanwhile elsewhere is not overlooked: the backend refuses with CASE_CONFLICT and
 * the page reloads the case.
 */
export function useCaseView(caseId: string) {
  const [view, setView] = useState<CaseView | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  // The count of the events on screen, read when recording: a reload may have changed it.
  const shownCount = useRef(0);

  const show = useCallback((next: CaseView) => {
    shownCount.current = next.events.length;
    setView(next);
  }, []);

  const load = useCallback(
    () =>
      api.call('crisis.get', { caseId }).then((result) => {
        if (result.ok) show(result.value);
        else setError(result.error);
      }),
    [caseId, show],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const record = async (body: CaseEventBody): Promise<ClientResult<CaseView>> => {
    const result = await api.call('crisis.record', { caseId, body, expectedCount: shownCount.current });
    if (result.ok) show(result.value);
    else if (result.error.code === 'CASE_CONFLICT') await load();
    return result;
  };

  return { view, error, record };
}

export type RecordEvent = (body: CaseEventBody) => Promise<ClientResult<CaseView>>;
