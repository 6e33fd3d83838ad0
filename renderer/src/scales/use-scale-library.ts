import { useCallback, useEffect, useState } from 'react';
import type { ScaleLibrary } from '../../../shared/schemas/scales';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';

/** The scales this school may administer, the district key and the pack; replaced after an install. */
export function useScaleLibrary() {
  const [library, setLibrary] = useState<ScaleLibrary | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  const load = useCallback(() => {
    void api.call('scales.library', {}).then((result) => {
      setError(result.ok ? null : result.error);
      if (result.ok) setLibrary(result.value);
    });
  }, []);
  useEffect(load, [load]);
  return { library, error, reload: load, replace: setLibrary };
}
