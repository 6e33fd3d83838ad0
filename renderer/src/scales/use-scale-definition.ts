import { useEffect, useState } from 'react';
import type { ScaleDefinitionRecord } from '../../../shared/schemas/scales';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';

type Loaded = { hash: string; record: ScaleDefinitionRecord | null; error: ClientError | null };

/** One definition by its content hash (null: none wanted yet); an answer for an earlier hash is not shown. */
export function useScaleDefinition(hash: string | null) {
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  useEffect(() => {
    if (!hash) return;
    void api.call('scales.definition', { hash }).then((result) => {
      setLoaded(result.ok ? { hash, record: result.value, error: null } : { hash, record: null, error: result.error });
    });
  }, [hash]);
  const current = loaded && loaded.hash === hash ? loaded : null;
  return { record: current?.record ?? null, error: current?.error ?? null };
}
