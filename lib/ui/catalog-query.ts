/** The manager's browse form (search box, filters, sort, page) → catalog.list and export requests. */
import type { SiteKind, SiteStatus, Origin } from '../catalog/schema';
import type { RequestOf, SiteFilter } from '../messaging/messages';

export type SortKey = NonNullable<RequestOf<'catalog.list'>['sort']>;

export interface BrowseState {
  query: string;
  operatorId: string;
  country: string;
  status: SiteStatus | '';
  kind: SiteKind | '';
  origin: Origin | '';
  sort: SortKey;
  /** 0-based page index. */
  page: number;
}

export const PAGE_SIZE = 50;

export const INITIAL_BROWSE: BrowseState = {
  query: '',
  operatorId: '',
  country: '',
  status: '',
  kind: '',
  origin: '',
  sort: 'name',
  page: 0,
};

export const SORT_LABELS: Readonly<Record<SortKey, string>> = {
  name: 'Name',
  updated: 'Recently updated',
  capacity: 'Capacity (MW)',
  gpus: 'GPUs',
  country: 'Country',
};

/** Only the filters that are set, so the background sees exactly what the user chose. */
export function toFilter(s: BrowseState): SiteFilter {
  const filter: SiteFilter = { query: s.query.trim().slice(0, 200) };
  if (s.operatorId) filter.operatorId = s.operatorId;
  if (s.country) filter.country = s.country;
  if (s.status) filter.status = s.status;
  if (s.kind) filter.kind = s.kind;
  if (s.origin) filter.origin = s.origin;
  return filter;
}

export function isFiltered(s: BrowseState): boolean {
  const f = toFilter(s);
  return Object.keys(f).length > 1 || f.query !== '';
}

export function toListRequest(s: BrowseState, pageSize = PAGE_SIZE): RequestOf<'catalog.list'> {
  return { filter: toFilter(s), sort: s.sort, offset: s.page * pageSize, limit: pageSize };
}

/** Changing anything but the page goes back to the first page: page 7 of a new search is noise. */
export function updateBrowse(s: BrowseState, patch: Partial<BrowseState>): BrowseState {
  const onlyPage = Object.keys(patch).every((k) => k === 'page');
  return { ...s, ...patch, page: onlyPage ? (patch.page ?? s.page) : 0 };
}

export function pageCount(total: number, pageSize = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

/** "51–100 of 1,234"; "No sites" when empty. */
export function rangeLabel(page: number, shown: number, total: number, pageSize = PAGE_SIZE): string {
  if (total === 0 || shown === 0) return 'No sites';
  const from = page * pageSize + 1;
  const fmt = (n: number) => n.toLocaleString('en-US');
  return `${fmt(from)}–${fmt(from + shown - 1)} of ${fmt(total)}`;
}
