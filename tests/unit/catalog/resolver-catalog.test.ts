/**
 * What the resolver reads of the catalog (lib/catalog/resolver-catalog.ts) survives its plain form
 * and the structural codec, so a woken worker that adopts it answers every kind of question as a
 * resolver over the full snapshot does; a damaged or foreign row is refused, not adopted.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../../lib/catalog/catalog-snapshot';
import type { ResolveQuery } from '../../../lib/catalog/query-types';
import { resolverFor, resolverOver, resolverTablesFor } from '../../../lib/catalog/resolve';
import { resolverCatalogOf, siteRichness, type ResolverSite } from '../../../lib/catalog/resolver-catalog';
import { plainResolverCatalog, resolverCatalogFromPlain } from '../../../lib/catalog/resolver-catalog-plain';
import { decodeStructure, encodeStructure } from '../../../lib/codec/structure';
import { loadShippedCatalog } from '../../../lib/catalog/shipped';

let snapshot: CatalogSnapshot;

beforeAll(async () => {
  const { sites, operators } = await loadShippedCatalog((p) => readFileSync(`public/${p}`, 'utf8'));
  snapshot = buildCatalogSnapshot(sites, operators);
});

/** Every field the resolver reads, as plain data (a site without codes or a campus lacks those keys). */
function fieldsOf(s: ResolverSite): Record<string, unknown> {
  const { id, name, kind, parentId, codes, operatorIds, richness } = s;
  const { country, lat, lon, precision } = s.place;
  const { opened, expected, announced } = s.dates;
  return { id, name, kind, parentId, codes, operatorIds: [...operatorIds], richness, place: { country, lat, lon, precision }, dates: { opened, expected, announced } };
}

const roundTrip = (s: CatalogSnapshot) => resolverCatalogFromPlain(decodeStructure(encodeStructure(plainResolverCatalog(resolverCatalogOf(s)), { lazyStrings: true })));

/** Questions of every tier, asked about every 7th site: names, codes, operator + place, ordinals, kinds. */
function queries(s: CatalogSnapshot): ResolveQuery[] {
  const out: ResolveQuery[] = [];
  s.sites.forEach((site, i) => {
    if (i % 7) return;
    const { city, admin, country } = site.place;
    out.push({ text: site.name }, { text: site.name, operatorIds: site.operatorIds, country });
    for (const code of site.codes ?? []) out.push({ text: code, operatorIds: site.operatorIds });
    out.push({ operatorIds: site.operatorIds, city, country, kind: site.kind });
    out.push({ operatorIds: site.operatorIds, admin, country, ordinal: 1 + (i % 4) });
    out.push({ operatorIds: site.operatorIds, country, kind: 'region', ordinal: 2 });
    out.push({ city, country }, { operatorIds: site.operatorIds });
  });
  return out;
}

describe('the resolver catalog', () => {
  it('comes back with every site field and group', () => {
    const own = resolverCatalogOf(snapshot);
    const back = roundTrip(snapshot);
    const byKey = <V>(m: ReadonlyMap<string, V>) => [...m].sort(([a], [b]) => (a < b ? -1 : 1));
    expect(back.siteById.size).toBe(own.siteById.size);
    // A woken site reads its fields from the columns (getters): compared field by field.
    const fields = (m: ReadonlyMap<string, ResolverSite>) => byKey(m).map(([k, s]) => [k, fieldsOf(s)]);
    expect(fields(back.siteById)).toEqual(fields(own.siteById));
    for (const name of ['sitesByCityName', 'sitesByAdminName', 'sitesByCountry', 'sitesByOperator'] as const) {
      expect(back[name].size, name).toBeGreaterThan(0);
      const ids = (m: ReadonlyMap<string, readonly { id: string }[]>) => byKey(m).map(([k, v]) => [k, v.map((x) => x.id)]);
      expect(ids(back[name]), name).toEqual(ids(own[name]));
      // Group members are the sites themselves, so a set of one group finds the sites of another.
      for (const members of back[name].values()) for (const m of members) expect(back.siteById.get(m.id)).toBe(m);
    }
  });

  it('makes a site when a question first touches it, and the same object after', () => {
    const back = roundTrip(snapshot);
    const tokyo = back.sitesByCityName.get('tokyo')!;
    expect(tokyo.length).toBeGreaterThan(1);
    expect(back.siteById.get(tokyo[0].id)).toBe(tokyo[0]);
    expect(back.sitesByCityName.get('tokyo')![1]).toBe(tokyo[1]);
    expect(back.siteById.get('no-such-site')).toBeUndefined();
  });

  it('answers as the resolver over the full snapshot, after the round trip', () => {
    const tables = resolverTablesFor(snapshot);
    const full = resolverFor(snapshot, tables);
    const woken = resolverOver(roundTrip(snapshot), tables);
    const asked = queries(snapshot);
    expect(asked.length).toBeGreaterThan(3000);
    let answered = 0;
    for (const q of asked) {
      const want = full.resolve(q);
      if (want.length) answered++;
      expect(woken.resolve(q), JSON.stringify(q)).toEqual(want);
    }
    expect(answered).toBeGreaterThan(asked.length / 2);
  });

  it('keeps what tells one campus\'s records apart', () => {
    const site = snapshot.sites.find((s) => s.sources.length > 0 && s.credits.length > 0)!;
    expect(resolverCatalogOf(snapshot).siteById.get(site.id)?.richness).toBe(siteRichness(site));
    const mapped = { ...site, credits: ['© OpenStreetMap contributors'] };
    expect(siteRichness(mapped)).toBe(siteRichness({ ...site, credits: [] }) - 0.5);
  });

  it('keeps which records are machines (sized in GPUs)', () => {
    const machine = snapshot.sites.find((s) => s.gpus.count)!;
    const building = snapshot.sites.find((s) => !s.gpus.count)!;
    const woken = resolverCatalogFromPlain(plainResolverCatalog(resolverCatalogOf(snapshot)));
    expect(woken.siteById.get(machine.id)?.machine).toBe(true);
    expect(woken.siteById.get(building.id)?.machine).toBeFalsy();
  });

  it("keeps how many records share each site's town (which town is a metro's name)", () => {
    const warm = resolverCatalogOf(snapshot);
    const woken = resolverCatalogFromPlain(plainResolverCatalog(warm));
    const crowded = snapshot.sites.filter((s) => (warm.siteById.get(s.id)?.townRecords ?? 0) > 1);
    expect(crowded.length).toBeGreaterThan(0);
    for (const s of crowded.slice(0, 50)) expect(woken.siteById.get(s.id)?.townRecords).toBe(warm.siteById.get(s.id)?.townRecords);
  });

  it('is refused when damaged or foreign', () => {
    const plain = plainResolverCatalog(resolverCatalogOf(snapshot));
    expect(() => resolverCatalogFromPlain({ ...plain, version: 1 })).toThrow(/format/);
    // Version 2 marked no machine (ResolverSite.machine): a copy of it is built again.
    expect(() => resolverCatalogFromPlain({ ...plain, version: 2 })).toThrow(/format/);
    // Version 3 kept no town record counts (ResolverSite.townRecords): a copy of it is built again.
    expect(() => resolverCatalogFromPlain({ ...plain, version: 3 })).toThrow(/format/);
    expect(() => resolverCatalogFromPlain({ ...plain, version: 5 })).toThrow(/format/);
    expect(() => resolverCatalogFromPlain(null)).toThrow(/format/);
    expect(() => resolverCatalogFromPlain({ ...plain, sites: { ...plain.sites, names: plain.sites.names.slice(1) } })).toThrow(/malformed names/);
    expect(() => resolverCatalogFromPlain({ ...plain, sites: { ...plain.sites, ids: plain.sites.ids.slice().reverse() } })).toThrow(/malformed ids/);
    expect(() => resolverCatalogFromPlain({ ...plain, sites: { ...plain.sites, lat: plain.sites.lat.slice(1) } })).toThrow(/malformed lat/);
    expect(() => resolverCatalogFromPlain({ ...plain, sites: { ...plain.sites, townRecords: plain.sites.townRecords.slice(1) } })).toThrow(/malformed townRecords/);
    const codes = plain.sites.codes;
    expect(() => resolverCatalogFromPlain({ ...plain, sites: { ...plain.sites, codes: { ...codes, start: codes.start.slice().reverse() } } })).toThrow(/malformed codes/);
    const g = plain.groups.sitesByCountry;
    const outOfRange = Int32Array.from(g.members, () => plain.sites.ids.length + 5);
    expect(() => resolverCatalogFromPlain({ ...plain, groups: { ...plain.groups, sitesByCountry: { ...g, members: outOfRange } } })).toThrow(/malformed sitesByCountry/);
  });
});
