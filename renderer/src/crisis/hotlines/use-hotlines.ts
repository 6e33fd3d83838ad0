import { useEffect, useState } from 'react';
import type { Hotline } from '../../../../shared/schemas/hotlines';
import { api } from '../../api/api';
import type { ClientError } from '../../api/client-result';

/** The school's hotlines, read each time a list is shown, so an edit in settings shows at once. */
export function useHotlines(): { lines: Hotline[] | null; error: ClientError | null } {
  const [lines, setLines] = useState<Hotline[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  useEffect(() => {
    let current = true;
    void api.call('hotlines.list', {}).then((result) => {
      if (!current) return;
      if (result.ok) setLines(result.value);
      else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, []);
  return { lines, error };
}
