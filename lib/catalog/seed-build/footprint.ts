/**
 * Operator records with footprint facts counted from the catalog itself: a cloud's regions and
 * zones, dated by the region list they come from and sourced to the provider's region page.
 */
import type { Operator, Site } from '../schema';
import type { OperatorSeed } from './types';
import { DATASET_DATES } from './types';
import { cmp } from './text';

export function operatorFootprints(seeds: OperatorSeed[], sites: Site[]): Operator[] {
  const sitesByOp = new Map<string, Site[]>();
  for (const s of sites) for (const id of s.operatorIds) sitesByOp.set(id, [...(sitesByOp.get(id) ?? []), s]);

  return seeds.map((seed) => {
    const mine = sitesByOp.get(seed.id) ?? [];
    const regions = mine.filter((s) => s.kind === 'region' && s.operatorIds[0] === seed.id && s.status === 'operational');
    const latest = mine.map((s) => s.updatedAt).sort().at(-1) ?? `${DATASET_DATES.manual}T00:00:00.000Z`;
    const footprint: Operator['footprint'] = {};
    const sources = [...(seed.sources ?? [])];
    if (regions.length > 0) {
      const urlCount = new Map<string, number>();
      for (const r of regions) for (const src of r.sources.slice(0, 1)) urlCount.set(src.url, (urlCount.get(src.url) ?? 0) + 1);
      const url = [...urlCount].sort((a, b) => b[1] - a[1] || cmp(a[0], b[0]))[0][0];
      const src = regions.flatMap((r) => r.sources).find((s) => s.url === url)!;
      const asOf = regions.map((r) => r.updatedAt.slice(0, 10)).sort().at(-1)!;
      footprint.regions = { value: regions.length, asOf, source: src };
      const zones = regions.reduce((n, r) => n + (r.zones ?? 0), 0);
      if (zones > 0) footprint.zones = { value: zones, asOf, source: src };
      if (!sources.some((s) => s.url === src.url)) sources.push(src);
    }
    return {
      id: seed.id,
      name: seed.name,
      aliases: seed.aliases ?? [],
      kind: seed.kind,
      hqCountry: seed.hqCountry,
      footprint,
      sources,
      origin: 'seed' as const,
      createdAt: latest,
      updatedAt: latest,
    };
  });
}
