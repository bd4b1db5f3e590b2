/**
 * When two records from different sources are the same facility. Never by name alone (names like
 * "Data Center 1" repeat everywhere); only by
 *   - code + operator: both carry the code ("AM7") and share an operator, in the same country; or
 *   - distance + operator: both have a site-level point within `radiusKm` and share an operator,
 *     and they do not carry different codes (Equinix AM5 next door to AM7 is another building).
 */
import { normaliseAlias } from './text';
import { distanceKm } from './text';
import type { SiteDraft } from './types';

export type SameFacilityBasis = 'code' | 'distance';

export interface FacilityMatch<T> {
  target: T;
  basis: SameFacilityBasis;
  km?: number;
}

const codeKey = (c: string) => normaliseAlias(c).replace(/[\s-]+/g, '').toUpperCase();

function sitePoint(s: SiteDraft, coarseOk: boolean): { lat: number; lon: number } | undefined {
  const p = s.place;
  if (p?.lat === undefined || p.lon === undefined) return undefined;
  if (!coarseOk && p.precision !== undefined && p.precision !== 'site') return undefined;
  return { lat: p.lat, lon: p.lon };
}

/** An index over candidate targets (a grid of 0.1 degree cells) so matching 5,000 features stays linear. */
export class FacilityIndex {
  private readonly cells = new Map<string, SiteDraft[]>();
  private readonly byCode = new Map<string, SiteDraft[]>();

  constructor(targets: Iterable<SiteDraft>, private readonly options: { coarseTargets?: boolean } = {}) {
    for (const t of targets) this.add(t);
  }

  add(t: SiteDraft): void {
    if (t.kind === 'region') return; // a cloud region is a metro, never one building
    const p = sitePoint(t, this.options.coarseTargets ?? false);
    if (p) push(this.cells, cellKey(p.lat, p.lon), t);
    for (const c of t.codes ?? []) push(this.byCode, codeKey(c), t);
  }

  find(s: SiteDraft, radiusKm: number): FacilityMatch<SiteDraft> | undefined {
    const ops = new Set(s.operatorIds ?? []);
    ops.delete('undisclosed');
    if (ops.size === 0) return undefined;
    const shares = (t: SiteDraft) => (t.operatorIds ?? []).some((id) => ops.has(id));
    const mine = new Set((s.codes ?? []).map(codeKey));
    for (const code of mine) {
      const hit = (this.byCode.get(code) ?? []).find((t) => shares(t) && t.place?.country === s.place?.country);
      if (hit) return { target: hit, basis: 'code' };
    }
    const here = sitePoint(s, true);
    if (!here) return undefined;
    const differentCodes = (t: SiteDraft) => mine.size > 0 && (t.codes ?? []).length > 0 && !(t.codes ?? []).some((c) => mine.has(codeKey(c)));
    let best: FacilityMatch<SiteDraft> | undefined;
    for (const t of this.near(here.lat, here.lon)) {
      if (!shares(t) || differentCodes(t)) continue;
      const km = distanceKm(here, sitePoint(t, true)!);
      if (km <= radiusKm && (!best || km < best.km!)) best = { target: t, basis: 'distance', km };
    }
    return best;
  }

  private *near(lat: number, lon: number): Generator<SiteDraft> {
    const [r, c] = cell(lat, lon);
    for (let dr = -1; dr <= 1; dr++) for (let dc = -1; dc <= 1; dc++) yield* this.cells.get(`${r + dr}:${c + dc}`) ?? [];
  }
}

const cell = (lat: number, lon: number) => [Math.floor(lat * 10), Math.floor(lon * 10)] as const;
const cellKey = (lat: number, lon: number) => cell(lat, lon).join(':');

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}
