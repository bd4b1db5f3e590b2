/**
 * Cloud regions from jasonwilbur/mcp-server-cloud-regions (MIT): AWS, Azure, GCP, Oracle and the
 * smaller clouds. One site per (provider, region code), placed at the region's metro.
 */
import type { CsvRow } from './csv';
import type { OperatorRegistry } from './operator-registry';
import { cityOrAdmin, dropSharedCityAliases, regionAliases } from './region-naming';
import { distanceKm, num, round, slugify } from './text';
import { DATASET_DATES, type Gazetteer, type SiteDraft } from './types';
import { worldRegionOf } from '../../geo/countries';

interface ProviderStyle {
  operatorId: string;
  idPrefix: string;
  /** Brand used in names and aliases as news writes it. */
  brand: string;
  name: (row: CsvRow) => string;
}

const withBrand = (brand: string) => (r: CsvRow) =>
  r.display_name.toLowerCase().startsWith(brand.toLowerCase()) ? r.display_name : `${brand} ${r.display_name}`;

const PROVIDERS: Record<string, ProviderStyle> = {
  aws: { operatorId: 'aws', idPrefix: 'aws', brand: 'AWS', name: withBrand('AWS') },
  azure: { operatorId: 'microsoft', idPrefix: 'azure', brand: 'Azure', name: withBrand('Azure') },
  gcp: { operatorId: 'google', idPrefix: 'gcp', brand: 'Google Cloud', name: withBrand('Google Cloud') },
  oci: { operatorId: 'oracle', idPrefix: 'oci', brand: 'Oracle Cloud', name: withBrand('Oracle Cloud') },
  digitalocean: { operatorId: 'digitalocean', idPrefix: 'digitalocean', brand: 'DigitalOcean', name: withBrand('DigitalOcean') },
  paperspace: { operatorId: 'digitalocean', idPrefix: 'paperspace', brand: 'Paperspace', name: withBrand('Paperspace') },
  linode: { operatorId: 'akamai', idPrefix: 'linode', brand: 'Linode', name: withBrand('Linode') },
  vultr: { operatorId: 'vultr', idPrefix: 'vultr', brand: 'Vultr', name: withBrand('Vultr') },
  ovh: { operatorId: 'ovhcloud', idPrefix: 'ovhcloud', brand: 'OVHcloud', name: withBrand('OVHcloud') },
  hetzner: { operatorId: 'hetzner', idPrefix: 'hetzner', brand: 'Hetzner', name: withBrand('Hetzner') },
  scaleway: { operatorId: 'scaleway', idPrefix: 'scaleway', brand: 'Scaleway', name: withBrand('Scaleway') },
  coreweave: { operatorId: 'coreweave', idPrefix: 'coreweave', brand: 'CoreWeave', name: withBrand('CoreWeave') },
  crusoe: { operatorId: 'crusoe', idPrefix: 'crusoe', brand: 'Crusoe Cloud', name: withBrand('Crusoe Cloud') },
  lambda: { operatorId: 'lambda', idPrefix: 'lambda', brand: 'Lambda', name: withBrand('Lambda') },
};

/**
 * mcp's launch_date is often a placeholder: "YYYY-01-01" means "some time that year" and
 * Azure's 2014-01-01 means "before 2014", so precision is cut to what the value can carry.
 */
export function launchDate(provider: string, raw: string): string | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(raw)) return undefined;
  if (provider === 'azure' && raw === '2014-01-01') return undefined;
  if (raw.endsWith('-01-01')) return raw.slice(0, 4);
  if (raw.endsWith('-01')) return raw.slice(0, 7);
  return raw;
}

/** Beyond this, mcp's pin is not in the named metro (Azure publishes country centroids for some regions). */
const METRO_TOLERANCE_KM = 50;
const METRO_MIN_POPULATION = 100_000;

export function mcpRegionSites(rows: CsvRow[], operators: OperatorRegistry, gazetteer: Gazetteer): SiteDraft[] {
  const sites: SiteDraft[] = [];
  for (const r of rows) {
    const style = PROVIDERS[r.provider];
    if (!style) throw new Error(`cloud-regions-mcp: no naming rule for provider ${r.provider}`);
    operators.use(style.operatorId);
    const { city, admin, precision } = cityOrAdmin(r.city);
    let lat = num(r.lat);
    let lon = num(r.lon);
    const metro = city ? gazetteer.locate(city, r.country_code) : undefined;
    // Only a big city's pin overrides mcp's (a village of the same name must not move a region).
    if (metro && metro.population >= METRO_MIN_POPULATION && (lat === undefined || lon === undefined || distanceKm({ lat, lon }, metro) > METRO_TOLERANCE_KM)) {
      lat = round(metro.lat, 4);
      lon = round(metro.lon, 4);
    }
    const zones = num(r.availability_zones);
    const notes = [
      'Cloud region: the location is the region\u2019s metro area, not a specific facility.',
      r.region_type !== 'commercial' ? `Region type: ${r.region_type}.` : '',
      r.status === 'preview' ? 'In preview.' : '',
      r.notes ? `${r.notes}.` : '',
    ]
      .filter(Boolean)
      .join(' ');
    sites.push({
      id: `${style.idPrefix}-${slugify(r.region_code)}`,
      name: style.name(r),
      aliases: [],
      kind: 'region',
      operatorIds: [style.operatorId],
      status: 'operational',
      place: {
        city,
        admin,
        country: r.country_code,
        worldRegion: worldRegionOf(r.country_code),
        lat,
        lon,
        precision: lat === undefined ? undefined : precision,
      },
      dates: { opened: launchDate(r.provider, r.launch_date) },
      regionCode: r.region_code,
      zones: zones && zones > 0 ? zones : undefined,
      sources: [{ url: r.source_url, title: `${r.provider_name} regions`, publisher: r.provider_name }],
      credits: [],
      notes,
      stamp: DATASET_DATES.mcp,
    });
    const last = sites[sites.length - 1];
    last.aliases = regionAliases(style.brand, r.region_code, city);
  }
  dropSharedCityAliases(sites);
  return sites;
}
