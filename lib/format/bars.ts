/**
 * The competitor and footprint charts as data: which measures exist, rows sorted largest first,
 * and the one-sentence summary that stands in for the bars for screen readers.
 */
import type { Footprint, OperatorInScope, ScopeComparison } from '../catalog/query-types';
import { formatAsOf } from './dates';
import { formatCount, formatInteger, formatMW } from './numbers';

export interface BarDatum {
  key: string;
  label: string;
  value: number | null;
  valueText: string;
  isSubject: boolean;
}

interface Measure<T> {
  /** Button text: "MW". */
  label: string;
  /** In a sentence: "by capacity". */
  title: string;
  get: (row: T) => number | null;
  format: (v: number) => string;
}

/** Like units only: regions with regions, facilities with facilities, MW with MW (never a count of mixed kinds). */
export type OperatorMetric = 'mw' | 'gpus' | 'zones' | 'regions' | 'facilities';

export const OPERATOR_METRICS: Readonly<Record<OperatorMetric, Measure<OperatorInScope>>> = {
  mw: { label: 'MW', title: 'capacity', get: (o) => o.mw, format: formatMW },
  gpus: { label: 'GPUs', title: 'GPUs', get: (o) => o.gpus, format: formatInteger },
  zones: { label: 'Zones', title: 'availability zones', get: (o) => o.zones, format: (v) => formatCount(v, 'zone', 'zones') },
  regions: { label: 'Regions', title: 'cloud regions', get: (o) => o.regions, format: (v) => formatCount(v, 'region', 'regions') },
  facilities: { label: 'Facilities', title: 'facilities', get: (o) => o.facilities, format: (v) => formatCount(v, 'facility', 'facilities') },
};

export type FootprintMetric = 'regions' | 'zones' | 'facilities' | 'totalMW';

export const FOOTPRINT_METRICS: Readonly<Record<FootprintMetric, Measure<Footprint>>> = {
  regions: { label: 'Regions', title: 'cloud regions', get: (f) => f.regions, format: formatInteger },
  zones: { label: 'Zones', title: 'availability zones', get: (f) => f.zones, format: formatInteger },
  facilities: { label: 'Sites', title: 'facilities', get: (f) => f.facilities, format: formatInteger },
  totalMW: { label: 'MW', title: 'total capacity', get: (f) => f.totalMW, format: formatMW },
};

export type SiteMetric = 'mw' | 'gpus';
type TopSite = ScopeComparison['topSites'][number];

export const SITE_METRICS: Readonly<Record<SiteMetric, Measure<TopSite>>> = {
  mw: { label: 'MW', title: 'capacity', get: (s) => s.mw, format: formatMW },
  gpus: { label: 'GPUs', title: 'GPUs', get: (s) => s.gpus, format: formatInteger },
};

const isKnown = (v: number | null): v is number => v !== null && Number.isFinite(v);
export const NOT_REPORTED = 'not reported';

/** The measures at least one row has a value for, in the order of `measures`. */
export function availableMetrics<K extends string, T>(measures: Readonly<Record<K, Measure<T>>>, rows: readonly T[]): K[] {
  return (Object.keys(measures) as K[]).filter((k) => rows.some((r) => isKnown(measures[k].get(r))));
}

/** Rows largest first; unknown values last, shown as "not reported" rather than as zero. */
export function toBars<T>(
  rows: readonly T[],
  measure: Measure<T>,
  identify: (row: T) => { key: string; label: string; isSubject: boolean },
): BarDatum[] {
  return rows
    .map((r) => {
      const value = measure.get(r);
      return { ...identify(r), value: isKnown(value) ? value : null, valueText: isKnown(value) ? measure.format(value) : NOT_REPORTED };
    })
    .sort((a, b) => (b.value ?? -1) - (a.value ?? -1));
}

export function operatorBars(operators: readonly OperatorInScope[], metric: OperatorMetric): BarDatum[] {
  return toBars(operators, OPERATOR_METRICS[metric], (o) => ({ key: o.operatorId, label: o.operatorName, isSubject: o.isSubject }));
}

export function footprintBars(footprints: readonly Footprint[], metric: FootprintMetric): BarDatum[] {
  return toBars(footprints, FOOTPRINT_METRICS[metric], (f) => ({ key: f.operatorId, label: f.operatorName, isSubject: f.isSubject }));
}

export function topSiteBars(sites: readonly TopSite[], metric: SiteMetric): BarDatum[] {
  return toBars(sites, SITE_METRICS[metric], (s) => ({ key: s.siteId, label: s.name, isSubject: s.isSubject }));
}

const SUMMARY_ITEMS = 5;

/**
 * "Operators in Tokyo by capacity: Amazon Web Services 240 MW, …, Alibaba Cloud 100 MW (this
 * site's operator)." Long lists are cut, but the subject is always named.
 */
export function barsSummary(subjectOfChart: string, bars: readonly BarDatum[], subjectNote: string): string {
  const items = bars.slice(0, SUMMARY_ITEMS);
  const subject = bars.slice(SUMMARY_ITEMS).find((b) => b.isSubject);
  const text = (b: BarDatum) => {
    const position = bars.indexOf(b) + 1;
    const note = b.isSubject ? ` (${subjectNote}${position > SUMMARY_ITEMS ? `, #${position}` : ''})` : '';
    return `${b.label} ${b.valueText}${note}`;
  };
  const parts = items.map(text);
  if (subject) parts.push(text(subject));
  const rest = bars.length - parts.length;
  return `${subjectOfChart}: ${parts.join(', ')}${rest > 0 ? `, and ${rest} more` : ''}.`;
}

/** "as of Jun 2025" when every footprint figure shares one date; otherwise nothing (rows differ). */
export function footprintAsOf(footprints: readonly Footprint[]): string | null {
  const dates = new Set(footprints.map((f) => f.asOf).filter((d): d is string => !!d));
  return dates.size === 1 ? formatAsOf([...dates][0]) : null;
}
