import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { StudentSummary } from '../../../shared/schemas/students';
import { api } from '../api/api';
import type { ClientError } from '../api/client-result';
import { type RosterFilter, rosterQuery } from './roster-filter';

interface Request {
  filter: RosterFilter;
  version: number;
}

interface Loaded {
  request: Request;
  items: StudentSummary[];
  total: number;
  error: ClientError | null;
}

export interface Roster {
  /** The rows loaded so far, in school order; null until the first page answers. */
  items: StudentSummary[] | null;
  total: number;
  /** True while a new filter's first page is on its way; the previous rows stay shown. */
  loading: boolean;
  error: ClientError | null;
  /** Asks for the next page; does nothing while one is on its way or when all are loaded. */
  loadMore: () => void;
  /** Reads the roster again from the first page, after a change made elsewhere. */
  reload: () => void;
}

/**
 * The roster a page at a time from `students.list`: the first page for each filter, the next
 * ones as the table scrolls. Answers for a filter that has since changed are dropped.
 */
export function useRoster(filter: RosterFilter): Roster {
  const [version, setVersion] = useState(0);
  const request = useMemo<Request>(() => ({ filter, version }), [filter, version]);
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const latest = useRef(request);
  const pageOnItsWay = useRef(false);

  useEffect(() => {
    latest.current = request;
    void api.call('students.list', rosterQuery(request.filter, 0)).then((result) => {
      if (latest.current !== request) return;
      setLoaded(
        result.ok
          ? { request, items: result.value.items, total: result.value.total, error: null }
          : { request, items: [], total: 0, error: result.error },
      );
    });
  }, [request]);

  const loadMore = useCallback(() => {
    if (!loaded || loaded.request !== latest.current || pageOnItsWay.current) return;
    if (loaded.error || loaded.items.length >= loaded.total) return;
    pageOnItsWay.current = true;
    const { request: forRequest, items } = loaded;
    void api.call('students.list', rosterQuery(forRequest.filter, items.length)).then((result) => {
      pageOnItsWay.current = false;
      if (latest.current !== forRequest) return;
      setLoaded((current) =>
        current && current.request === forRequest
          ? result.ok
            ? { ...current, items: [...current.items, ...result.value.items], total: result.value.total }
            : { ...current, error: result.error }
          : current,
      );
    });
  }, [loaded]);

  const reload = useCallback(() => setVersion((value) => value + 1), []);

  return {
    items: loaded?.items ?? null,
    total: loaded?.total ?? 0,
    loading: loaded?.request !== request,
    error: loaded?.error ?? null,
    loadMore,
    reload,
  };
}
