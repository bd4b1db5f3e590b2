/**
 * What the comparison reads of the catalog (lib/catalog/compare-catalog.ts) survives its plain
 * form and the structural codec, so a woken worker's card compares exactly as a warm worker's
 * over the full snapshot: every scope, rank, chart and footprint, for known sites and for new
 * mentions; a damaged or foreign row is refused, not adopted.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { cardDataFor } from '../../../lib/catalog/card-data';
import { buildCatalogSnapshot, type CatalogSnapshot } from '../../../lib/catalog/catalog-snapshot';
import { compare } from '../../../lib/catalog/compare';
import { compareCatalogFromPlain, plainCompareCatalog } from '../../../lib/catalog/compare-catalog-plain';
import type { Mention } from '../../../lib/catalog/schema';
import { loadShippedCatalog } from '../../../lib/catalog/shipped';
import { decodeStructure, encodeStructure } from '../../../lib/codec/structure';

let snapshot: CatalogSnapshot;

beforeAll(async () => {
  const { sites, operators } = await loadShippedCatalog((p) => readFileSync(`public/${p}`, 'utf8'));
  // A soft-deleted site is not in the snapshot, so not in its stored columns either.
  snapshot = buildCatalogSnapshot([...sites, { ...sites[0], id: 'deleted-one', deletedAt: '2026-01-01T00:00:00.000Z' }], operators);
});

const roundTrip = (s: CatalogSnapshot) => compareCatalogFromPlain(decodeStructure(encodeStructure(plainCompareCatalog(s), { lazyStrings: true })));

function mention(over: Partial<Mention>): Mention {
  return {
    start: 0, end: 10, text: 'a data center', status: 'new', entityId: null, kind: 'facility', confidence: 0.8,
    facts: { operator: null, location: null, capacityMW: null, gpus: null, investment: null, ordinal: null, name: null, date: null },
    operatorIds: [], country: null, candidates: [], ...over,
  };
}

describe('the compare catalog', () => {
  it('comes back with every live site, group and operator', () => {
    const back = roundTrip(snapshot);
    expect(back.siteById.size).toBe(snapshot.sites.length);
    expect(back.siteById.get('deleted-one')).toBeUndefined();
    expect(back.operators).toEqual(snapshot.operators);
    for (const name of ['sitesByCity', 'sitesByCityName', 'sitesByCountry', 'sitesByWorldRegion'] as const) {
      const ids = (m: ReadonlyMap<string, readonly { id: string }[]>) => [...m].map(([k, v]) => [k, v.map((x) => x.id)]).sort(([a], [b]) => (a < b ? -1 : 1));
      expect(back[name].size, name).toBeGreaterThan(0);
      expect(ids(back[name]), name).toEqual(ids(snapshot[name]));
      // One object per site in every group: the comparison finds its subject by identity.
      for (const members of back[name].values()) for (const m of members) expect(back.siteById.get(m.id)).toBe(m);
    }
    const site = snapshot.sites.find((s) => s.capacity.operationalMW !== undefined && s.gpus.count !== undefined && s.zones === undefined)!;
    expect(back.siteById.get(site.id)).toMatchObject({
      id: site.id, name: site.name, kind: site.kind, operatorIds: site.operatorIds, zones: undefined,
      place: { city: site.place.city, country: site.place.country }, capacity: { operationalMW: site.capacity.operationalMW }, gpus: { count: site.gpus.count },
    });
  });

  it('compares as the full snapshot does, for known sites and for mentions placed by city, country or region', () => {
    const back = roundTrip(snapshot);
    let compared = 0;
    snapshot.sites.forEach((site, i) => {
      if (i % 5) return;
      const known = { siteId: site.id, operatorIds: site.operatorIds, place: site.place };
      expect(compare(known, back), site.id).toEqual(compare(known, snapshot));
      const unknown = { operatorIds: site.operatorIds, place: { city: site.place.city, country: i % 2 ? site.place.country : undefined } };
      expect(compare(unknown, back), `new near ${site.id}`).toEqual(compare(unknown, snapshot));
      compared++;
    });
    expect(compared).toBeGreaterThan(1000);
    const region = { operatorIds: ['aws'], place: { worldRegion: 'asia-pacific' as const } };
    expect(compare(region, back)).toEqual(compare(region, snapshot));
  });

  it('makes the same card from the stored columns and the site records read by id', () => {
    const back = roundTrip(snapshot);
    const site = snapshot.siteById.get('alibaba-cloud-tokyo-dc-5') ?? snapshot.sites.find((s) => s.place.city === 'Tokyo')!;
    const candidates = snapshot.sites.filter((s) => s.place.country === 'JP').slice(0, 7).map((s) => s.id);
    const records = new Map([site, ...candidates.map((id) => snapshot.siteById.get(id)!)].map((s) => [s.id, s]));
    for (const m of [
      mention({ status: 'known', entityId: site.id }),
      mention({ operatorIds: site.operatorIds, country: 'JP', facts: { ...mention({}).facts, location: 'Tokyo' }, candidates }),
    ]) {
      const woken = cardDataFor(m, back, records, 2);
      expect(woken).toEqual(cardDataFor(m, snapshot, snapshot.siteById, 2));
      expect(woken.comparison?.scopes.length).toBeGreaterThan(1);
    }
  });

  it('is refused when damaged or foreign', () => {
    const plain = plainCompareCatalog(snapshot);
    expect(() => compareCatalogFromPlain({ ...plain, version: 2 })).toThrow(/format/);
    expect(() => compareCatalogFromPlain(null)).toThrow(/format/);
    expect(() => compareCatalogFromPlain({ ...plain, operators: undefined })).toThrow(/format/);
    expect(() => compareCatalogFromPlain({ ...plain, sites: { ...plain.sites, cities: plain.sites.cities.slice(1) } })).toThrow(/malformed cities/);
    expect(() => compareCatalogFromPlain({ ...plain, sites: { ...plain.sites, ids: plain.sites.ids.slice().reverse() } })).toThrow(/malformed ids/);
    expect(() => compareCatalogFromPlain({ ...plain, sites: { ...plain.sites, zones: plain.sites.zones.slice(1) } })).toThrow(/malformed zones/);
    const g = plain.groups.sitesByWorldRegion;
    const outOfRange = Int32Array.from(g.members, () => plain.sites.ids.length);
    expect(() => compareCatalogFromPlain({ ...plain, groups: { ...plain.groups, sitesByWorldRegion: { ...g, members: outOfRange } } })).toThrow(/malformed sitesByWorldRegion/);
  });
});
