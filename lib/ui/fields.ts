/**
 * The site form as the user edits it: every field is the raw string of its input, so a half-typed
 * number ("1,2") survives re-renders and validation can say exactly what is wrong with it.
 */
import type { SiteKind, SiteStatus } from '../catalog/schema';

export interface SiteDraft {
  /** Set when editing an existing site; absent for a new one. */
  id?: string;
  name: string;
  kind: SiteKind;
  /** Operator name as typed or chosen; resolved to an id (or a new operator) on save. */
  operator: string;
  city: string;
  admin: string;
  /** ISO 3166-1 alpha-2 code, or '' for none. */
  country: string;
  status: SiteStatus;
  plannedMW: string;
  operationalMW: string;
  plannedGpus: string;
  gpus: string;
  investment: string;
  announced: string;
  groundbreaking: string;
  opened: string;
  expected: string;
  sourceUrl: string;
  /** Not shown: the title of the page at sourceTitleUrl, saved only while sourceUrl still points there. */
  sourceTitle: string;
  sourceTitleUrl: string;
  notes: string;
}

export type DraftField = Exclude<keyof SiteDraft, 'id' | 'sourceTitle' | 'sourceTitleUrl'>;
/** Errors that belong to no single field (e.g. the background refused the save). */
export const FORM_ERROR = '_form' as const;
export type FieldErrors = Partial<Record<DraftField | typeof FORM_ERROR, string>>;

/**
 * Visible labels, also what end-to-end tests pass to getByLabel; keep them unique on a page.
 */
export const FIELD_LABELS: Readonly<Record<DraftField, string>> = {
  name: 'Site name',
  kind: 'Kind',
  operator: 'Operator',
  city: 'City',
  admin: 'State / province',
  country: 'Country',
  status: 'Status',
  plannedMW: 'Planned capacity (MW)',
  operationalMW: 'Operational capacity (MW)',
  plannedGpus: 'Planned GPUs',
  gpus: 'GPUs in service',
  investment: 'Investment',
  announced: 'Announced',
  groundbreaking: 'Groundbreaking',
  opened: 'Opened',
  expected: 'Expected',
  sourceUrl: 'Source URL',
  notes: 'Notes',
};

export function emptyDraft(): SiteDraft {
  return {
    name: '',
    kind: 'facility',
    operator: '',
    city: '',
    admin: '',
    country: '',
    status: 'announced',
    plannedMW: '',
    operationalMW: '',
    plannedGpus: '',
    gpus: '',
    investment: '',
    announced: '',
    groundbreaking: '',
    opened: '',
    expected: '',
    sourceUrl: '',
    sourceTitle: '',
    sourceTitleUrl: '',
    notes: '',
  };
}
