import { useCallback, useEffect, useState } from 'react';
import type { ClassCheckMonth, Period } from '../../../../shared/schemas/class-checks';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';

/** A month's reports and the classes still missing, read again after each report is recorded. */
export function useClassCheckMonth(period: Period) {
  const [version, setVersion] = useState(0);
  const [month, setMonth] = useState<ClassCheckMonth | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  useEffect(() => {
    let current = true;
    void api.call('classChecks.month', { period }).then((result) => {
      if (!current) return;
      if (result.ok) {
        setMonth(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [period, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  // A month still shown while another loads would put one month's classes under another's name.
  return { month: month?.period === period ? month : null, error, reload };
}
