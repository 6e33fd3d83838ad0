import { useEffect, useState } from 'react';
import { api } from '../api/api';

/**
 * Whether any file exists in any status, asked only when the active roster came back empty:
 * a school whose students have all graduated is not a school with no students yet.
 */
export function useAnyStudent(ask: boolean): boolean | null {
  const [answer, setAnswer] = useState<boolean | null>(null);
  useEffect(() => {
    if (!ask) return;
    let current = true;
    void api.call('students.list', { limit: 1 }).then((result) => {
      if (current && result.ok) setAnswer(result.value.total > 0);
    });
    return () => {
      current = false;
    };
  }, [ask]);
  return ask ? answer : null;
}
