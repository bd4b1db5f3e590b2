/**
 * Cloud regions from jasonwilbur/mcp-server-cloud-regions (MIT): AWS, Azure, GCP, Oracle and the
 * smaller clouds. One site per (provider, region code), placed at the region's metro.
 */
import type { CsvRow } from './csv';
import type { OperatorRegistry } from './operator-registry';
import { cityOrAdmin, regionAliases } from './region-naming';
import { num, slugify } from './text';
import { DATASET_DATES, type SiteDraft } from './types';
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

export function mcpRegionSites(rows: CsvRow[], operators: OperatorRegistry): SiteDraft[] {
  const sites: SiteDraft[] = [];
  for (const r of rows) {
    const style = PROVIDERS[r.provider];
    if (!style) throw new Error(`cloud-regions-mcp: no naming rule for provider ${r.provider}`);
    operators.use(style.operatorId);
    const { city, admin, precision } = cityOrAdmin(r.city);
    const lat = num(r.lat);
    const lon = num(r.lon);
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
  return sites;
}
