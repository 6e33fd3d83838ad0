import { useEffect, useState } from 'react';
import type { ScaleDefinition } from '../../../shared/schemas/scale-definition';
import { api } from '../api/api';

/** Several definitions by hash, as they arrive; one that cannot be read is simply absent. */
export function useDefinitions(hashes: string[]): Map<string, ScaleDefinition> {
  const [definitions, setDefinitions] = useState(() => new Map<string, ScaleDefinition>());
  const key = [...new Set(hashes)].sort().join(',');
  useEffect(() => {
    for (const hash of key.split(',').filter(Boolean)) {
      void api.call('scales.definition', { hash }).then((result) => {
        if (result.ok) setDefinitions((current) => new Map(current).set(hash, result.value.definition));
      });
    }
  }, [key]);
  return definitions;
}
