/**
 * Catalog hygiene rules, found on real news and fixed as classes, not records. Each rule reports
 * the records it changed (printed by the build, listed in docs/catalog-build.md) and has a test
 * over the built catalog (tests/unit/seed/hygiene.test.ts):
 *   1. campus:   one project split into several records (same operators, same town, same project
 *                name up to a phase or building number, close together) becomes one campus whose
 *                buildings point at it (parentId);
 *   2. family:   a family or programme name that several sites of one company share ("Stargate")
 *                is not the alias of one of them;
 *   3. operator: a site named exactly like its operator is renamed "<operator> data center, <town>",
 *                and an operator's name is never a site's alias (the company is marked, not the site);
 *   4. metro:    the metro area news uses is stored beside the municipality ("Ashburn" in
 *                "Northern Virginia");
 *   5. brackets: a display name with a place in brackets ("Asia Pacific (Tokyo)") is never an alias.
 */
import { operatorKey } from './operator-registry';
import { cmp, distanceKm, normaliseAlias, slugify } from './text';
import type { Gazetteer, OperatorSeed, SiteDraft } from './types';

export type Note = (rule: string, line: string) => void;

export const HYGIENE_RULES = {
  campus: 'hygiene: one project split into several records -> one campus with buildings',
  family: 'hygiene: family name shared by several sites removed as an alias',
  operator: 'hygiene: site named like its operator renamed / operator name removed as alias',
  metro: 'hygiene: metro stored beside the municipality',
  brackets: 'hygiene: bracketed display name removed as an alias',
} as const;

/** Project buildings this far apart are separate projects even under one name (Colossus 1 and 2). */
export const CAMPUS_SPREAD_KM = 5;
const PHASE = /^(?:(?:phase|building|bldg|unit)\s*)?(?:\d{1,2}|[ivx]{1,4}|[a-d])$/i;
const CODE_TOKEN = /^[A-Za-z]{2,5}-?\d{1,3}[A-Za-z]?$/;

/** "QTS Richmond 2" -> "QTS Richmond"; "Project Celtic Phase 1" -> "Project Celtic"; codes ("ATL12") are buildings, not phases. */
export function projectStem(name: string): string | undefined {
  const clean = name.replace(/\s*\([^)]*\)/g, '').replace(/\s+#\d+$/, '').trim();
  const m = /^(.*?)[\s-]+((?:phase|building|bldg|unit)\s*\S+|\S+)$/i.exec(clean);
  const lastWord = clean.split(/\s+/).at(-1) ?? '';
  // "Vantage VA-3", "DC-15": the number is part of a building code; "QTS Manassas DC 2": a building, not a phase.
  if (!m || !PHASE.test(m[2]) || CODE_TOKEN.test(lastWord) || m[1].split(/\s+/).some((w) => CODE_TOKEN.test(w))) return undefined;
  const stem = m[1].replace(/[\s,-]+$/, '').trim();
  if (/\b(dc|data ?cent(er|re))$/i.test(stem)) return undefined;
  return stem.split(/\s+/).length >= 2 ? stem : undefined;
}

export function campusesFromSplitProjects(sites: SiteDraft[], note: Note): SiteDraft[] {
  const groups = new Map<string, SiteDraft[]>();
  for (const s of sites) {
    if (s.kind === 'region' || s.parentId || s.id.startsWith('epoch-gpu-')) continue;
    const stem = projectStem(s.name);
    if (!stem) continue;
    const k = [[...(s.operatorIds ?? [])].sort().join('+'), normaliseAlias(s.place?.city ?? ''), s.place?.country ?? '', normaliseAlias(stem)].join('|');
    groups.set(k, [...(groups.get(k) ?? []), s]);
  }
  const ids = new Set(sites.map((s) => s.id));
  const made: SiteDraft[] = [];
  for (const members of [...groups.values()].filter((g) => g.length > 1)) {
    members.sort((a, b) => cmp(a.id, b.id));
    const pts = members.flatMap((m) => (m.place?.lat !== undefined && m.place.lon !== undefined ? [{ lat: m.place.lat, lon: m.place.lon }] : []));
    if (pts.some((p) => pts.some((q) => distanceKm(p, q) > CAMPUS_SPREAD_KM))) continue;
    const first = members[0];
    const stem = projectStem(first.name)!;
    const id = `campus-${slugify(`${stem} ${first.place?.city ?? ''}`, 70)}`;
    if (ids.has(id)) continue;
    ids.add(id);
    const statuses = members.map((m) => m.status);
    made.push({
      id,
      name: stem,
      aliases: [],
      kind: 'campus',
      operatorIds: first.operatorIds,
      status: statuses.includes('operational') ? 'operational' : statuses.includes('under_construction') ? 'under_construction' : (first.status ?? 'unknown'),
      place: { ...first.place },
      sources: members.flatMap((m) => (m.sources ?? []).slice(0, 3)),
      credits: [...new Set(members.flatMap((m) => m.credits ?? []))],
      notes: `Campus of ${members.length} buildings or phases listed separately by the sources: ${members.map((m) => m.name).join('; ')}.`.slice(0, 4000),
      stamp: members.map((m) => m.stamp).sort().at(-1)!,
    });
    for (const m of members) {
      m.parentId = id;
      if (m.kind === 'campus') m.kind = 'facility';
      m.aliases = (m.aliases ?? []).filter((a) => normaliseAlias(a) !== normaliseAlias(stem));
    }
    note(HYGIENE_RULES.campus, `${id} "${stem}" <- ${members.map((m) => m.id).join(', ')}`);
  }
  return made;
}

/** Aliases that are the leading words of the names of two or more other sites of the same company. */
export function dropFamilyAliases(sites: SiteDraft[], note: Note): void {
  const byOperator = new Map<string, string[][]>();
  for (const s of sites) for (const op of s.operatorIds ?? []) byOperator.set(op, [...(byOperator.get(op) ?? []), [s.id, normaliseAlias(s.name)]]);
  for (const s of sites) {
    const keep = (s.aliases ?? []).filter((a) => {
      const k = `${normaliseAlias(a)} `;
      const others = new Set<string>();
      for (const op of s.operatorIds ?? []) for (const [id, name] of byOperator.get(op) ?? []) if (id !== s.id && name.startsWith(k)) others.add(id);
      if (op(s) === 'undisclosed' || others.size < 2) return true;
      note(HYGIENE_RULES.family, `${s.id}: "${a}" (shared with ${[...others].sort().slice(0, 4).join(', ')}${others.size > 4 ? ', …' : ''})`);
      return false;
    });
    s.aliases = keep;
  }
}
const op = (s: SiteDraft) => s.operatorIds?.[0];

/**
 * Only companies news names (the curated operators): a FracTracker row filed under its developer's
 * LLC ("DIGITAL LOUDOUN IV") is the project's own name, not a company a text would mention.
 */
export function fixOperatorNamedSites(sites: SiteDraft[], operators: (id: string) => OperatorSeed | undefined, isKnownCompany: (id: string) => boolean, note: Note): void {
  for (const s of sites) {
    const names = new Set((s.operatorIds ?? []).flatMap((id) => {
      const o = operators(id);
      return o && id !== 'undisclosed' ? [o.name, ...(o.aliases ?? []), ...(o.spellings ?? [])].map(operatorKey) : [];
    }));
    if (names.size === 0) continue;
    const before = s.aliases ?? [];
    s.aliases = before.filter((a) => !names.has(operatorKey(a)));
    for (const a of before.filter((x) => !s.aliases!.includes(x))) note(HYGIENE_RULES.operator, `${s.id}: alias "${a}" removed`);
    if (!(s.operatorIds ?? []).some(isKnownCompany) || !names.has(operatorKey(s.name.replace(/\s*\([^)]*\)\s*$/, '')))) continue;
    const o = operators(s.operatorIds![0])!;
    const renamed = `${o.name.replace(/\s+data cent(er|re)s$/i, '')} data center${s.place?.city ? `, ${s.place.city}` : ''}`;
    note(HYGIENE_RULES.operator, `${s.id}: "${s.name}" -> "${renamed}"`);
    s.notes = [s.notes, `Listed by its source as "${s.name}".`].filter(Boolean).join(' ');
    s.name = renamed;
  }
}

/** Metros news names after a region, not a city: checked before the nearest big city. */
const METRO_ANCHORS: ReadonlyArray<{ name: string; country: string; lat: number; lon: number; km: number }> = [
  { name: 'Northern Virginia', country: 'US', lat: 38.98, lon: -77.45, km: 35 },
  { name: 'Silicon Valley', country: 'US', lat: 37.37, lon: -121.96, km: 30 },
];
/** Names news uses for a metro, where it differs from the big city GeoNames puts at its centre. */
const METRO_NAMES: Record<string, string> = {
  'US||San Jose': 'Silicon Valley',
  'US||Dallas': 'Dallas-Fort Worth',
  'US||Fort Worth': 'Dallas-Fort Worth',
  'US||Manhattan': 'New York',
  'US||New York City': 'New York',
  'US||Brooklyn': 'New York',
  'US||Queens': 'New York',
  'US||The Bronx': 'New York',
};
/** Washington, D.C. itself has about 690,000 people: the metro cut-off sits below it. */
export const METRO_MIN_POPULATION = 600_000;
export const METRO_RADIUS_KM = 45;

export function metroOf(site: SiteDraft, gazetteer: Gazetteer): string | undefined {
  const p = site.place;
  if (!p?.country || p.lat === undefined || p.lon === undefined || site.kind === 'region' || (p.precision && p.precision !== 'site')) return undefined;
  const here = { lat: p.lat, lon: p.lon };
  const anchor = METRO_ANCHORS.find((a) => a.country === p.country && distanceKm(here, a) <= a.km);
  const big = anchor ? undefined : gazetteer.nearest?.(here, p.country, { minPopulation: METRO_MIN_POPULATION, maxKm: METRO_RADIUS_KM });
  if (!anchor && !big) return undefined;
  const name = anchor?.name ?? METRO_NAMES[`${p.country}||${big!.name}`] ?? big!.name;
  return normaliseAlias(name) === normaliseAlias(p.city ?? '') ? undefined : name;
}

export function addMetros(sites: SiteDraft[], gazetteer: Gazetteer, note: Note): void {
  for (const s of sites) {
    if (s.place?.metro) continue;
    const metro = metroOf(s, gazetteer);
    if (!metro) continue;
    s.place = { ...s.place, metro };
    note(HYGIENE_RULES.metro, `${s.id}: ${s.place.city ?? '?'} -> ${metro}`);
  }
}

/** "Asia Pacific (Tokyo)", "Japan (Tokyo)": display names, not what a sentence says. */
export function dropBracketAliases(sites: SiteDraft[], note: Note): void {
  for (const s of sites) {
    const before = s.aliases ?? [];
    s.aliases = before.filter((a) => !/\([^)]*\)/.test(a));
    for (const a of before.filter((x) => !s.aliases!.includes(x))) note(HYGIENE_RULES.brackets, `${s.id}: "${a}"`);
  }
}
