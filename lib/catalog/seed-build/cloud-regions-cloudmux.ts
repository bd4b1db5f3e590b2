/**
 * Alibaba, Tencent and Huawei regions: codes and coarse places from yunionio/cloudmux
 * (Apache-2.0), names and corrected places from chinese-cloud-regions.ts, city coordinates from
 * GeoNames when the curated city is known there (cloudmux's are often province centroids).
 */
import { worldRegionOf } from '../../geo/countries';
import { CURATED_PROVIDERS } from './chinese-cloud-regions';
import type { CsvRow } from './csv';
import type { OperatorRegistry } from './operator-registry';
import { dropSharedCityAliases, regionAliases } from './region-naming';
import { num, round, slugify } from './text';
import { DATASET_DATES, type Gazetteer, type SiteDraft } from './types';

export function cloudmuxRegionSites(rows: CsvRow[], operators: OperatorRegistry, gazetteer: Gazetteer): SiteDraft[] {
  const sites: SiteDraft[] = [];
  for (const provider of CURATED_PROVIDERS) {
    operators.use(provider.operatorId);
    const byCode = new Map(rows.filter((r) => r.provider === provider.cloudmuxProvider).map((r) => [r.region_code, r]));
    for (const region of provider.regions) {
      const row = byCode.get(region.code);
      if (!row) throw new Error(`cloudmux has no ${provider.cloudmuxProvider} region ${region.code}`);
      const found = region.city ? gazetteer.locate(region.city, region.country, region.admin) : undefined;
      // Small namesakes are not the region's metro; keep cloudmux's coarse pin then.
      const hit = found && found.population >= 50_000 ? found : undefined;
      const lat = hit ? round(hit.lat, 4) : num(row.lat);
      const lon = hit ? round(hit.lon, 4) : num(row.lon);
      const sources = [{ url: provider.source.url, title: provider.source.title, publisher: provider.brand }];
      if (region.sourceUrl) sources.push({ url: region.sourceUrl, title: 'Closure announcement', publisher: 'DatacenterDynamics' });
      sites.push({
        id: `${provider.idPrefix}-${slugify(region.code)}`,
        name: `${provider.brand} ${region.label}`,
        aliases: regionAliases(provider.brand, region.code, region.city),
        kind: 'region',
        operatorIds: [provider.operatorId],
        status: region.status,
        place: {
          city: region.city,
          admin: region.admin,
          country: region.country,
          worldRegion: worldRegionOf(region.country),
          lat,
          lon,
          precision: hit ? 'city' : 'region',
        },
        regionCode: region.code,
        sources,
        credits: [],
        notes: ['Cloud region: the location is the region\u2019s metro area, not a specific facility.', region.note]
          .filter(Boolean)
          .join(' '),
        stamp: DATASET_DATES.cloudmux,
      });
    }
  }
  dropSharedCityAliases(sites);
  return sites;
}
