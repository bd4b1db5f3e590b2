import { ExternalLink } from '../shared/ExternalLink';

/** The data DC Lens ships with and the licences that ask for credit. */
const SOURCES: ReadonlyArray<{ name: string; url: string; licence: string; what: string }> = [
  {
    name: 'Epoch AI',
    url: 'https://epoch.ai/data',
    licence: 'CC BY 4.0',
    what: 'Frontier AI data centers, GPU clusters and data-center timelines (estimates; each figure carries its release date).',
  },
  {
    name: 'FracTracker Alliance',
    url: 'https://www.fractracker.org/data-statement',
    licence: 'open data, with credit',
    what: 'US data centers: operators, status, power and project cost.',
  },
  {
    name: 'Open Data Center Atlas (Kian Kyars)',
    url: 'https://kiankyars.github.io/semiconductor-atlas/',
    licence: 'CC BY 4.0',
    what: 'Large AI and hyperscale builds: power with basis and date, investment, GPUs, milestones, sources (adapted).',
  },
  {
    name: 'SovereignSky (Terje Christensen)',
    url: 'https://github.com/terchris/sovereignsky-site',
    licence: 'MIT',
    what: 'European colocation sites with their codes and regional-cloud regions.',
  },
  {
    name: 'OpenStreetMap contributors',
    url: 'https://www.openstreetmap.org/copyright',
    licence: 'ODbL 1.0',
    what: 'Data-center buildings worldwide, shipped as a separate layer (catalog/osm.json) under the Open Database License; every site from it says so on its card.',
  },
  {
    name: 'mcp-server-cloud-regions (Jason Wilbur)',
    url: 'https://github.com/jasonwilbur/mcp-server-cloud-regions',
    licence: 'MIT',
    what: 'Cloud regions and availability zones of the major providers.',
  },
  {
    name: 'cloudmux (Yunion)',
    url: 'https://github.com/yunionio/cloudmux',
    licence: 'Apache-2.0',
    what: 'Region codes and places of Alibaba, Tencent, Huawei and other clouds.',
  },
  {
    name: 'GeoNames',
    url: 'https://www.geonames.org/',
    licence: 'CC BY 4.0',
    what: 'Place names and coordinates.',
  },
];

export function Credits() {
  return (
    <div class="credits">
      <p>DC Lens’s bundled catalog is built from these open data sets. Each site also lists its own sources.</p>
      <ul>
        {SOURCES.map((s) => (
          <li key={s.name} data-testid="credit">
            <ExternalLink href={s.url}>{s.name}</ExternalLink> <span class="tag">{s.licence}</span> {s.what}
          </li>
        ))}
      </ul>
      <p class="muted">Everything you add, edit or import stays in this browser unless you export it.</p>
    </div>
  );
}
