/**
 * SovereignSky's European colocation sites and regional-cloud regions (MIT; notice in
 * public/THIRD_PARTY_NOTICES.txt). Colocation rows become buildings with their operator's code
 * ("STACK OSL01", "Equinix HE5"); regional-cloud rows become regions of that cloud. A row that is a
 * site the seed already has (same operator and code, or for regions the same operator and city or
 * region code) is folded into it; its coordinates are often city centroids, so never by distance.
 */
import { worldRegionOf } from '../../geo/countries';
import { uniqueCodes } from './codes';
import type { CsvRow } from './csv';
import { mergeFacts } from './merge-facts';
import type { OperatorRegistry } from './operator-registry';
import { num, round, slugify } from './text';
import type { SiteDraft } from './types';

export const SOVEREIGNSKY_DATE = '2025-12-19';
export const SOVEREIGNSKY_SOURCE = { url: 'https://github.com/terchris/sovereignsky-site', title: 'SovereignSky: European data centers and regional clouds', publisher: 'SovereignSky (MIT)' };

/** A building code as operators print it; looser than codes.ts because the column is a code column. */
const LOOSE_CODE = /^[A-Z]{1,4}-?\d{1,3}[A-Z]?$/;

export function operatorIdFor(name: string, kind: 'colocation' | 'hyperscale_cloud', registry: OperatorRegistry): string {
  const bare = name.replace(/\s*\([^)]*\)\s*$/, '').trim();
  return registry.use(registry.resolve(name) ?? registry.resolve(bare) ?? registry.findIn(bare) ?? registry.ensure(bare, kind));
}

/**
 * "OSL01 (Økern / Ulven)" -> code OSL01; "Pionen (Stockholm)" in Stockholm -> "Pionen"; "Oslo (Hovinbyen)"
 * in Oslo -> "Hovinbyen"; otherwise the brackets are dropped ("Helsinki The Air"): a bracketed place is
 * never part of a name news would write.
 */
export function splitSiteName(siteName: string, city: string): { code?: string; label: string } {
  const m = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(siteName);
  const [head, bracket] = m ? [m[1].trim(), m[2].trim()] : [siteName.trim(), ''];
  const code = [...head.split(/\s+/), bracket].find((w) => LOOSE_CODE.test(w));
  const same = (a: string) => a.toLowerCase() === city.toLowerCase();
  if (code) return { code, label: head.replace(code, '').trim() || (bracket === code ? '' : bracket) };
  if (!bracket || same(bracket)) return { label: head };
  if (same(head)) return { label: bracket };
  return { label: `${head} ${bracket}` };
}

function rowToSite(r: CsvRow, registry: OperatorRegistry): SiteDraft {
  const region = r.provider_type === 'regional_cloud';
  const operatorId = operatorIdFor(r.provider_name, region ? 'hyperscale_cloud' : 'colocation', registry);
  const opName = registry.get(operatorId)?.name ?? r.provider_name;
  const { code, label } = splitSiteName(r.site_name, r.city);
  const name = code ? `${opName} ${region && label ? `${label} ` : ''}${code}` : `${opName} ${label}`;
  const lat = num(r.lat);
  const lon = num(r.lon);
  const src = /^https:\/\//.test(r.source_url ?? '') ? [{ url: r.source_url }] : [];
  return {
    id: `sovereignsky-${slugify(r.provider_id, 30)}-${slugify(r.site_code, 40)}`,
    name,
    aliases: [],
    codes: !region && code ? uniqueCodes([code]) : [],
    kind: region ? 'region' : 'facility',
    operatorIds: [operatorId],
    status: 'operational',
    place: {
      city: r.city || undefined,
      country: r.country_code || undefined,
      worldRegion: r.country_code ? worldRegionOf(r.country_code) : undefined,
      lat: lat === undefined ? undefined : round(lat, 4),
      lon: lon === undefined ? undefined : round(lon, 4),
      // Often a city centroid or a shared placeholder (PROVENANCE.md): metro level only.
      precision: 'city',
    },
    regionCode: region ? r.site_code : undefined,
    sources: [...src, { ...SOVEREIGNSKY_SOURCE, date: r.updated || SOVEREIGNSKY_DATE }],
    stamp: /^\d{4}-\d{2}-\d{2}$/.test(r.updated ?? '') ? r.updated : SOVEREIGNSKY_DATE,
  };
}

const key = (s: string | undefined) => (s ?? '').toLowerCase().replace(/[^a-z0-9]/g, '');

/** The existing site a row is, if any: never by name, never by distance (placeholder points). */
export function sameSovereignSite(s: SiteDraft, existing: SiteDraft[]): SiteDraft | undefined {
  const op = s.operatorIds[0];
  const mine = existing.filter((e) => e.operatorIds?.includes(op) && e.place?.country === s.place?.country);
  if (s.kind === 'region') {
    // Another source's region of this cloud in the same city is this one ("fra" = OVHcloud "DE1");
    // two rows of SovereignSky with different codes are two regions (Elastx sto1 / sto2).
    const sameCode = (e: SiteDraft) => e.regionCode !== undefined && key(e.regionCode) === key(s.regionCode);
    const sameCity = (e: SiteDraft) => !e.id.startsWith('sovereignsky-') && key(e.place?.city) === key(s.place?.city);
    return mine.find((e) => e.kind === 'region' && (sameCode(e) || sameCity(e)));
  }
  const codes = new Set((s.codes ?? []).map(key));
  return codes.size ? mine.find((e) => e.kind !== 'region' && (e.codes ?? []).some((c) => codes.has(key(c)))) : undefined;
}

export function sovereignSkySites(rows: CsvRow[], registry: OperatorRegistry, existing: SiteDraft[], note: (rule: string, line: string) => void): SiteDraft[] {
  const out: SiteDraft[] = [];
  for (const r of rows) {
    const s = rowToSite(r, registry);
    const same = sameSovereignSite(s, [...existing, ...out]);
    if (same) {
      const conflicts = mergeFacts(same, s, { label: 'SovereignSky' });
      note('sovereignsky: same site as an existing record, merged', `${s.id} -> ${same.id}${conflicts.length ? ` (kept both: ${conflicts.join('; ')})` : ''}`);
      continue;
    }
    out.push(s);
  }
  return out;
}
