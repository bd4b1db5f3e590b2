/**
 * Open Data Center Atlas (Kian Kyars, CC BY 4.0): large AI and hyperscale builds, one JSON record
 * each, every number with its basis, scope and as-of date. Adapted into catalog campuses; a record
 * that is a campus the seed already has (Epoch, FracTracker, hand-written) is folded into that site
 * (merge-facts.ts), matched by operator plus distance, or operator plus town, never by name.
 */
import { z } from 'zod';
import { worldRegionOf } from '../../geo/countries';
import type { SiteStatus } from '../schema';
import { isFacilityCode, uniqueCodes } from './codes';
import { mergeFacts } from './merge-facts';
import type { OperatorRegistry } from './operator-registry';
import { isHttpsUrl, tidySources } from './sources';
import { distanceKm, partialDate, round, thousands } from './text';
import type { SiteDraft } from './types';

export const ATLAS_CREDIT = 'Open Data Center Atlas (Kian Kyars) (CC BY 4.0)';
export const ATLAS_URL = 'https://kiankyars.github.io/semiconductor-atlas/';
/**
 * An Atlas pin this close to a site of the same company is that site; the radius follows the pin's
 * precision (a campus, a town centroid, a county or province centroid).
 */
export const ATLAS_RADIUS_KM = { site: 10, city: 15, region: 60 } as const;

const Metric = z.object({
  metric: z.string(),
  value: z.number().finite().nonnegative(),
  qualifier: z.string().optional(),
  unit: z.string().optional(),
  basis: z.string().optional(),
  power_scope: z.string().optional(),
  applies_to: z.string().optional(),
  accelerator_model: z.string().optional(),
  as_of: z.string().optional(),
});
export const AtlasRecordSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]{1,100}$/),
  name: z.string().min(1).max(300),
  aliases: z.array(z.string().max(200)).default([]),
  summary: z.string().max(5000).default(''),
  location: z.object({ country: z.string().regex(/^[A-Z]{2}$/), admin1: z.string().nullish(), admin2: z.string().nullish(), locality: z.string().nullish(), lat: z.number().nullish(), lon: z.number().nullish(), precision: z.string().nullish() }),
  status: z.string(),
  status_as_of: z.string().optional(),
  parties: z.array(z.object({ name: z.string().max(300), role: z.string() })).default([]),
  metrics: z.array(Metric).default([]),
  milestones: z.array(z.object({ event: z.string(), date: z.string().nullish(), kind: z.string().optional() })).default([]),
  sources: z.array(z.object({ url: z.string(), title: z.string().optional(), publisher: z.string().optional(), published: z.string().nullish() })).default([]),
  last_reviewed: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
});
export type AtlasRecord = z.infer<typeof AtlasRecordSchema>;

const STATUS: Record<string, SiteStatus> = { announced: 'announced', proposed: 'announced', under_construction: 'under_construction', partially_operational: 'operational', operational: 'operational', cancelled: 'cancelled' };
const PLANNED_BASIS = new Set(['planned', 'under_construction', 'permitted', 'contracted']);
const PRECISION: Record<string, 'site' | 'city' | 'region'> = { site: 'site', approximate_site: 'site', locality: 'city', admin2: 'region', admin1: 'region' };

type MetricT = z.infer<typeof Metric>;
/** The campus-level figure of the newest date, largest first on a tie (phases only when no campus figure). */
function pick(metrics: MetricT[], ok: (m: MetricT) => boolean): MetricT | undefined {
  const all = metrics.filter(ok);
  const campus = all.filter((m) => m.applies_to !== 'phase');
  return (campus.length ? campus : all).sort((a, b) => (b.as_of ?? '').localeCompare(a.as_of ?? '') || b.value - a.value)[0];
}

/** "Hanau (Großauheim)" -> "Hanau"; descriptions ("About 7 km east of Gibbons") are not towns. */
export function atlasTown(loc: AtlasRecord['location']): string | undefined {
  const raw = loc.locality ?? undefined;
  if (!raw || /^(about|near|none)\b/i.test(raw) || /\d/.test(raw)) return undefined;
  return raw.replace(/\s*\(.*\)\s*$/, '').split(',')[0].trim() || undefined;
}

export function atlasSite(rec: AtlasRecord, registry: OperatorRegistry): { site: SiteDraft; partyIds: string[] } {
  const named = (roles: string[]) => rec.parties.filter((p) => roles.includes(p.role)).map((p) => p.name);
  const ids = (names: string[], create: boolean) => [...new Set(names.flatMap((n) => registry.idsIn(n, create)))];
  const operatorIds = ids(named(['operator']).length ? named(['operator']) : named(['developer', 'owner']), true).slice(0, 5);
  const partyIds = ids(named(['operator', 'developer', 'owner', 'tenant']), false);
  const power = rec.metrics.filter((m) => m.metric === 'power_capacity' && m.unit === 'MW');
  const op = pick(power, (m) => m.basis === 'operational');
  const plan = pick(power, (m) => PLANNED_BASIS.has(m.basis ?? ''));
  const shown = plan ?? op;
  const inv = pick(rec.metrics, (m) => m.metric === 'investment' && /^[A-Z]{3}$/.test(m.unit ?? ''));
  const gpu = pick(rec.metrics, (m) => m.metric === 'accelerators');
  const milestone = (event: string, kind: string) => partialDate(rec.milestones.filter((m) => m.event === event && m.kind === kind).map((m) => m.date ?? '').filter(Boolean).sort()[0]);
  const loc = rec.location;
  const codes = uniqueCodes([...rec.name.split(/[\s,()]+/), ...rec.aliases].filter(isFacilityCode));
  const approx = (m: MetricT) => (m.qualifier && m.qualifier !== 'exact' ? `${m.qualifier.replace('_', ' ')} ` : '');
  const site: SiteDraft = {
    id: `atlas-${rec.id}`,
    name: rec.name.slice(0, 200),
    aliases: rec.aliases.filter((a) => a && !isFacilityCode(a)).slice(0, 10),
    codes,
    kind: 'campus',
    operatorIds: operatorIds.length ? operatorIds : [registry.use('undisclosed')],
    status: STATUS[rec.status] ?? 'unknown',
    place: {
      city: atlasTown(loc),
      admin: loc.admin1 ?? undefined,
      country: loc.country,
      worldRegion: worldRegionOf(loc.country),
      lat: typeof loc.lat === 'number' ? round(loc.lat, 4) : undefined,
      lon: typeof loc.lon === 'number' ? round(loc.lon, 4) : undefined,
      precision: PRECISION[loc.precision ?? ''] ?? 'city',
    },
    capacity: {
      operationalMW: op?.value,
      plannedMW: plan?.value,
      asOf: partialDate(shown?.as_of),
      note: shown ? `Open Data Center Atlas: ${approx(shown)}${thousands(shown.value)} MW ${shown.basis?.replace('_', ' ')}, scope ${shown.power_scope ?? 'unspecified'}`.slice(0, 200) : undefined,
    },
    investment: inv
      ? { text: `${approx(inv)}${thousands(inv.value)} ${inv.unit}`.slice(0, 200), amount: inv.value, currency: inv.unit, usd: inv.unit === 'USD' ? inv.value : undefined, asOf: partialDate(inv.as_of) }
      : {},
    gpus: gpu ? { [gpu.basis === 'installed' || gpu.basis === 'operational' ? 'count' : 'plannedCount']: Math.round(gpu.value), chip: gpu.accelerator_model?.slice(0, 120), asOf: partialDate(gpu.as_of) } : {},
    dates: { announced: milestone('announced', 'actual'), groundbreaking: milestone('construction_started', 'actual'), opened: milestone('first_operational', 'actual'), expected: milestone('first_operational', 'planned') },
    sources: tidySources([
      { url: ATLAS_URL, title: 'Open Data Center Atlas', publisher: 'Open Data Center Atlas (Kian Kyars)', date: rec.last_reviewed },
      ...rec.sources.filter((s) => isHttpsUrl(s.url)).map((s) => ({ url: s.url, title: s.title?.slice(0, 300), publisher: s.publisher?.slice(0, 200), date: partialDate(s.published ?? undefined) })),
    ]),
    credits: [ATLAS_CREDIT],
    notes: `Adapted from the Open Data Center Atlas (reviewed ${rec.last_reviewed}).${rec.status_as_of ? ` Status as of ${rec.status_as_of}.` : ''}`,
    stamp: rec.last_reviewed,
  };
  return { site, partyIds };
}


const townKey = (s: string | undefined) => (s ?? '').toLowerCase().normalize('NFKD').replace(/[^a-z]/g, '');
/** Epoch and hand-written campuses first: they are the records news names. */
const rank = (id: string) => (id.startsWith('epoch-') ? 0 : id.startsWith('fractracker-') ? 2 : 1);

/**
 * The existing campus an Atlas record is: a non-region site of one of its companies within the
 * radius for the pin's precision, or in the same town. Most companies in common first (Stargate UAE
 * is G42's and OpenAI's), then Epoch / hand-written records, then the nearest.
 */
export function sameAtlasSite(site: SiteDraft, partyIds: string[], existing: SiteDraft[]): SiteDraft | undefined {
  const ops = new Set([...site.operatorIds, ...partyIds].filter((id) => id !== 'undisclosed'));
  const here = site.place?.lat !== undefined && site.place.lon !== undefined ? { lat: site.place.lat, lon: site.place.lon } : undefined;
  const radius = ATLAS_RADIUS_KM[(site.place?.precision ?? 'city') as keyof typeof ATLAS_RADIUS_KM] ?? ATLAS_RADIUS_KM.city;
  // A pin for a whole province or emirate: its name is the place to compare ("Abu Dhabi").
  const town = townKey(site.place?.city ?? site.place?.admin);
  const hits: Array<{ s: SiteDraft; shared: number; km: number }> = [];
  for (const e of existing) {
    // Not a cloud region, and not one GPU cluster (Epoch's supercomputer records are machines, not builds).
    if (e.kind === 'region' || e.id.startsWith('epoch-gpu-') || e.place?.country !== site.place?.country) continue;
    const shared = (e.operatorIds ?? []).filter((id) => ops.has(id)).length;
    if (shared === 0) continue;
    const km = here && e.place?.lat !== undefined && e.place.lon !== undefined ? distanceKm(here, { lat: e.place.lat, lon: e.place.lon }) : Infinity;
    if (km <= radius || (town && townKey(e.place?.city) === town)) hits.push({ s: e, shared, km });
  }
  hits.sort((a, b) => b.shared - a.shared || rank(a.s.id) - rank(b.s.id) || a.km - b.km || (a.s.id < b.s.id ? -1 : 1));
  return hits[0]?.s;
}

export function atlasSites(records: unknown[], registry: OperatorRegistry, existing: SiteDraft[], note: (rule: string, line: string) => void): SiteDraft[] {
  const out: SiteDraft[] = [];
  for (const raw of records) {
    const parsed = AtlasRecordSchema.safeParse(raw);
    if (!parsed.success) {
      note('atlas: records refused (schema)', `${(raw as { id?: string })?.id ?? '?'}: ${parsed.error.issues[0]?.message}`);
      continue;
    }
    const { site, partyIds } = atlasSite(parsed.data, registry);
    const same = sameAtlasSite(site, partyIds, existing);
    if (same) {
      const conflicts = mergeFacts(same, site, { label: 'Open Data Center Atlas', credit: ATLAS_CREDIT });
      note('atlas: same campus as an existing record, merged', `${site.id} -> ${same.id}${conflicts.length ? ` (kept both: ${conflicts.join('; ')})` : ''}`);
      continue;
    }
    out.push(site);
  }
  return out;
}
