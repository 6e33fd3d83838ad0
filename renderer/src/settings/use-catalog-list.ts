import { useCallback, useEffect, useState } from 'react';
import type { ClientError, ClientResult } from '../api/client-result';

export interface CatalogList<T> {
  /** Null until the first answer. */
  items: T[] | null;
  error: ClientError | null;
  /** Reads the list again, after a change. */
  reload: () => void;
}

/** One of the school's editable lists, read when the card opens and again after each change. */
export function useCatalogList<T>(load: () => Promise<ClientResult<T[]>>): CatalogList<T> {
  const [version, setVersion] = useState(0);
  const [items, setItems] = useState<T[] | null>(null);
  const [error, setError] = useState<ClientError | null>(null);
  useEffect(() => {
    let current = true;
    void load().then((result) => {
      if (!current) return;
      if (result.ok) {
        setItems(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      current = false;
    };
  }, [load, version]);
  const reload = useCallback(() => setVersion((value) => value + 1), []);
  return { items, error, reload };
}
