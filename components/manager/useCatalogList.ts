import { useEffect, useRef, useState } from 'preact/hooks';
import type { Site } from '../../lib/catalog/schema';
import { toListRequest, type BrowseState } from '../../lib/ui/catalog-query';
import type { ManagerApi } from './api';

/** Typing in the search box waits this long for the next key before asking the background. */
export const SEARCH_DEBOUNCE_MS = 100;

export interface ListResult {
  sites: Site[];
  total: number;
  loading: boolean;
  error: string | null;
}

/** The current page of the catalog for a browse state; late replies to older states are dropped. */
export function useCatalogList(api: ManagerApi, browse: BrowseState, refreshKey: number): ListResult {
  const [result, setResult] = useState<ListResult>({ sites: [], total: 0, loading: true, error: null });
  const latest = useRef(0);

  useEffect(() => {
    const ticket = ++latest.current;
    setResult((r) => ({ ...r, loading: true }));
    const timer = setTimeout(() => {
      api.list(toListRequest(browse)).then(
        (reply) => {
          if (ticket === latest.current) setResult({ sites: reply.sites, total: reply.total, loading: false, error: null });
        },
        (error) => {
          if (ticket === latest.current) setResult({ sites: [], total: 0, loading: false, error: error instanceof Error ? error.message : String(error) });
        },
      );
    }, SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [api, browse, refreshKey]);

  return result;
}
