import { useCallback, useEffect, useState } from 'react';
import type { ScaleResult } from '../../../shared/schemas/scales';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';

/** A student's scale results, oldest first, reloaded after a new one is saved. */
export function useStudentResults(studentId: string) {
  const [results, setResults] = useState<ScaleResult[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const load = useCallback(() => {
    void api.call('scales.listResults', { studentId }).then((result) => {
      if (result.ok) setResults(result.value);
      else setError(result.error);
    });
  }, [studentId]);
  useEffect(load, [load]);
  return { results, error, reload: load };
}
