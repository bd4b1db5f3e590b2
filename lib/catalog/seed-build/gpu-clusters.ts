/**
 * AI supercomputers from Epoch AI's Data on GPU Clusters (CC BY 4.0, late 2025). Rows are build
 * phases: phases of a campus already in the catalog add GPU counts and planned power to it; the
 * remaining clusters are grouped per place and become sites of their own.
 */
import { countryByName, worldRegionOf } from '../../geo/countries';
import { usStateCode } from '../../geo/us-states';
import type { Source } from '../schema';
import type { CsvRow } from './csv';
import type { OperatorRegistry } from './operator-registry';
import { cmp, httpsUrls, num, partialDate, round, slugify } from './text';
import { DATASET_DATES, EPOCH_CREDIT, type Gazetteer, type SiteDraft } from './types';

export const GPU_CLUSTERS_SOURCE: Source = {
  url: 'https://epoch.ai/data/gpu-clusters',
  title: "Epoch AI, 'Data on GPU Clusters'",
  publisher: 'Epoch AI',
  date: '2025',
};

/** Phases that belong to a campus or hand-written site already in the catalog. */
export const CLUSTER_LINKS: [RegExp, string][] = [
  [/^xAI Colossus Memphis Phase/, 'epoch-xai-colossus-1'],
  [/^xAI Colossus 2 Memphis/, 'epoch-xai-colossus-2'],
  [/^OpenAI Stargate Abilene/, 'epoch-stargate-abilene'],
  [/^Stargate UAE Phase/, 'epoch-stargate-uae'],
  [/^Abu Dhabi UAE\/USA 5GW Campus/, 'uae-us-ai-campus-abu-dhabi'],
  [/^SK Group AWS Uslan/, 'sk-telecom-aws-ulsan-ai-data-center'],
  [/^Meta Louisiana Datacenter$/, 'epoch-meta-hyperion'],
  [/^Meta Prometheus New Albany$/, 'epoch-meta-prometheus'],
  [/^OpenAI\/Microsoft Mt Pleasant/, 'epoch-microsoft-fairwater-wisconsin'],
  [/^OpenAI\/Microsoft Atlanta$/, 'epoch-microsoft-fairwater-atlanta'],
  [/^OpenAI\/Microsoft Goodyear Arizona$/, 'epoch-microsoft-goodyear'],
  [/^Applied Digital .*Ellendale/, 'epoch-coreweave-ellendale-nd'],
  [/^CoreWeave Denton/, 'epoch-coreweave-denton-tx'],
  [/^CoreWeave Muskogee$/, 'epoch-coreweave-muskogee-ok'],
  [/^Project Rainier$/, 'epoch-project-rainier-new-carlisle'],
  [/^Oracle Vantage Data Centers Frontier$/, 'epoch-stargate-shackelford'],
  [/^Google south Columbus Ohio$/, 'epoch-google-columbus'],
  [/^Google New Albany Ohio$/, 'epoch-google-new-albany'],
  [/^Google Lancaster Ohio$/, 'epoch-google-lancaster'],
  [/^Google Omaha Nebraska$/, 'epoch-google-omaha'],
  [/^Google Lincoln Nebraska$/, 'epoch-google-lincoln'],
  [/^Google Papillion Nebraska$/, 'epoch-google-papillion'],
  [/^Google Council Bluff Iowa$/, 'epoch-google-council-bluffs-east'],
  [/^Google Oklahoma TPU v4 Pods$/, 'epoch-google-pryor-north'],
  [/^Crusoe Goodnight/, 'epoch-crusoe-goodnight'],
  [/^Meta Temple Texas$/, 'epoch-meta-temple'],
  [/^xAI Fulton Georgia$/, 'epoch-xai-qts-atlanta'],
  [/^Nebius New Jersey$/, 'epoch-microsoft-nebius-new-jersey'],
  [/^G42 Microsoft 100Mw UAE Cluster$/, 'g42-microsoft-ajman-ai-cluster'],
  [/^NAVER Corp Sejong$/, 'naver-gak-sejong'],
  [/^Sakura's (H100s|B200s) Phase/, 'sakura-internet-ishikari'],
];

/** Covered by the cloud regions and the hand-written Alibaba entries; "Paper on X" rows are training runs, not places. */
const SKIP_NAMES = /^(Alibaba Cloud in |Paper on )/;
const NOWHERE = /undisclosed|anywhere|^world$|^europe$|^global/i;

export interface ClusterFacts {
  gpuCount?: number;
  gpuPlanned?: number;
  chip?: string;
  gpuAsOf?: string;
  operationalMW?: number;
  plannedMW?: number;
  opened?: string;
  expected?: string;
  sources: Source[];
  phaseNames: string[];
}

function chips(r: CsvRow): number | undefined {
  return num(r.total_ai_chips) ?? ((num(r.chip_quantity_primary) ?? 0) + (num(r.chip_quantity_secondary) ?? 0) || undefined);
}

function chipOf(r: CsvRow | undefined): string | undefined {
  if (!r?.chip_type_primary || /assum/i.test(r.note)) return undefined;
  return r.chip_type_primary;
}

/** "Planned 2030" -> "2030". */
function plannedYear(r: CsvRow): string | undefined {
  const m = /\b(20\d\d)\b/.exec(r.first_operational_date_note);
  return m ? m[1] : undefined;
}

export function summarisePhases(rows: CsvRow[]): ClusterFacts {
  const existing = rows.filter((r) => r.status === 'Existing').sort((a, b) => cmp(a.first_operational_date, b.first_operational_date));
  const planned = rows.filter((r) => r.status === 'Planned');
  const latest = existing[existing.length - 1];
  const biggestPlanned = [...planned].sort((a, b) => (chips(b) ?? 0) - (chips(a) ?? 0))[0];
  const plannedMW = Math.max(0, ...planned.map((r) => num(r.power_mw) ?? 0));
  const urls = [...new Set(rows.flatMap((r) => httpsUrls(r.source_urls)))].slice(0, 6);
  const years = planned.map(plannedYear).filter((y): y is string => !!y).sort();
  return {
    gpuCount: latest ? chips(latest) : undefined,
    gpuPlanned: biggestPlanned ? chips(biggestPlanned) : undefined,
    // Epoch sometimes guesses the chip for announced phases ("assuming Blackwells"): not a fact to show.
    chip: chipOf(latest ?? biggestPlanned),
    gpuAsOf: partialDate(latest?.first_operational_date),
    operationalMW: latest ? num(latest.power_mw) : undefined,
    plannedMW: plannedMW > 0 ? plannedMW : undefined,
    opened: partialDate(existing[0]?.first_operational_date),
    expected: years[years.length - 1],
    sources: urls.map((url) => ({ url, publisher: new URL(url).hostname.replace(/^www\./, '') })),
    phaseNames: rows.map((r) => r.name),
  };
}

function usable(r: CsvRow): boolean {
  return r.certainty !== 'Unlikely' && r.status !== 'Decommissioned';
}

export function linkTarget(r: CsvRow): string | undefined {
  return CLUSTER_LINKS.find(([re]) => re.test(r.name.replace(/^"/, '')))?.[1];
}

/** Phases grouped per linked site id. */
export function linkedClusterFacts(rows: CsvRow[]): Map<string, ClusterFacts> {
  const groups = new Map<string, CsvRow[]>();
  for (const r of rows.filter(usable)) {
    const target = linkTarget(r);
    if (target) groups.set(target, [...(groups.get(target) ?? []), r]);
  }
  return new Map([...groups].map(([id, rs]) => [id, summarisePhases(rs)]));
}

/** "xAI Colossus Memphis Phase 2" -> "xAI Colossus Memphis". */
export function baseClusterName(name: string): string {
  return name
    .replace(/^"|"$/g, '')
    .replace(/\s+(Rumored\s+|Planned\s+|Possible\s+)?Phase\s*\d+[a-z]?$/i, '')
    .replace(/\s+Phase\s*\d+[a-z]?\b/i, '')
    .trim();
}

function specificLocation(loc: string): boolean {
  return /\d/.test(loc) || loc.split(',').length >= 3;
}

function locate(loc: string, country: string, gazetteer: Gazetteer) {
  const parts = loc
    .split(/[,\n]/)
    .map((p) => p.replace(/\b\d{3,}\b/g, '').replace(/\s+[A-Z]{2}$/, '').trim())
    // "Virginia" or "Japan" as a token is a state or country, never the town of that name.
    .filter((p) => p && !/\d/.test(p) && !usStateCode(p) && !countryByName(p));
  for (const p of parts) {
    const hit = gazetteer.locate(p, country);
    if (hit) return hit;
  }
  return undefined;
}

export function clusterSites(rows: CsvRow[], operators: OperatorRegistry, gazetteer: Gazetteer): SiteDraft[] {
  const groups = new Map<string, CsvRow[]>();
  for (const r of rows.filter(usable)) {
    const loc = r.location.replace(/\s+/g, ' ').trim();
    if (linkTarget(r) || SKIP_NAMES.test(r.name) || !loc || NOWHERE.test(loc) || !r.country_code) continue;
    if (httpsUrls(r.source_urls).length === 0) continue;
    const key = specificLocation(loc) ? `${slugify(loc)}|${slugify(r.owner)}` : slugify(baseClusterName(r.name));
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }

  const sites: SiteDraft[] = [];
  const usedIds = new Set<string>();
  for (const rs of groups.values()) {
    const facts = summarisePhases(rs);
    const lead = [...rs].sort((a, b) => cmp(b.first_operational_date, a.first_operational_date) || cmp(a.name, b.name))[0];
    const owners = lead.owner.split(',').map((s) => s.trim()).filter(Boolean);
    if (owners.length === 0) continue;
    const name = baseClusterName(lead.name);
    let id = `epoch-gpu-${slugify(name, 60)}`;
    for (let i = 2; usedIds.has(id); i++) id = `epoch-gpu-${slugify(name, 56)}-${i}`;
    usedIds.add(id);
    const hit = locate(lead.location, lead.country_code, gazetteer);
    const admin = lead.country_code === 'US' ? lead.location.split(/[,\n]/).map((p) => usStateCode(p.replace(/\b\d{5}\b/, '').trim())).find(Boolean) : undefined;
    const anyExisting = rs.some((r) => r.status === 'Existing');
    const mwLabel = 'Epoch AI GPU clusters estimate (2025)';
    sites.push({
      id,
      name,
      aliases: [],
      kind: 'facility',
      operatorIds: [...new Set(owners.map((o) => operators.ensure(o, 'developer')))].slice(0, 10),
      status: anyExisting ? 'operational' : 'announced',
      place: {
        city: hit?.name,
        admin,
        country: lead.country_code,
        worldRegion: worldRegionOf(lead.country_code),
        lat: hit ? round(hit.lat, 4) : undefined,
        lon: hit ? round(hit.lon, 4) : undefined,
        precision: hit ? 'city' : undefined,
      },
      capacity: {
        operationalMW: anyExisting ? facts.operationalMW : undefined,
        plannedMW: facts.plannedMW,
        asOf: facts.gpuAsOf ?? '2025',
        note: facts.operationalMW || facts.plannedMW ? mwLabel : undefined,
      },
      gpus: { count: facts.gpuCount, plannedCount: facts.gpuPlanned, chip: facts.chip?.slice(0, 120), asOf: facts.gpuAsOf ?? '2025' },
      dates: { opened: facts.opened, expected: anyExisting ? undefined : facts.expected },
      sources: [GPU_CLUSTERS_SOURCE, ...facts.sources],
      credits: [EPOCH_CREDIT],
      notes: `AI supercomputer / GPU cluster from Epoch AI's GPU clusters data (late 2025). Phases: ${facts.phaseNames.join('; ')}. Location as given by Epoch: ${lead.location.replace(/\s+/g, ' ')}.`.slice(0, 3900),
      stamp: DATASET_DATES.epochGpuClusters,
    });
  }
  return sites;
}

/** Adds linked phases' GPU counts and planned power to an existing site, labelled and dated. */
export function applyClusterFacts(site: SiteDraft, facts: ClusterFacts): void {
  const gpus = { ...(site.gpus ?? {}) };
  // A hand-written count keeps its own date; otherwise the counts are dated by Epoch's phases.
  const handWritten = gpus.count !== undefined || gpus.plannedCount !== undefined;
  if (facts.gpuCount !== undefined) gpus.count = facts.gpuCount;
  if (facts.gpuPlanned !== undefined) gpus.plannedCount = facts.gpuPlanned;
  if (!gpus.chip && facts.chip) gpus.chip = facts.chip.slice(0, 120);
  if (!handWritten && (facts.gpuCount !== undefined || facts.gpuPlanned !== undefined)) gpus.asOf = facts.gpuAsOf ?? '2025';
  site.gpus = gpus;
  const cap = { ...(site.capacity ?? {}) };
  if (facts.plannedMW !== undefined && cap.plannedMW === undefined) {
    cap.plannedMW = facts.plannedMW;
    cap.note = [cap.note, 'planned MW: announced target per Epoch AI GPU clusters (2025)'].filter(Boolean).join('; ').slice(0, 200);
  }
  site.capacity = cap;
  const have = new Set((site.sources ?? []).map((s) => s.url));
  const extra = [GPU_CLUSTERS_SOURCE, ...facts.sources].filter((s) => !have.has(s.url));
  site.sources = [...(site.sources ?? []), ...extra].slice(0, 20);
  if (!(site.credits ?? []).includes(EPOCH_CREDIT)) site.credits = [...(site.credits ?? []), EPOCH_CREDIT];
  site.notes = [site.notes, `GPU counts and planned power from Epoch AI's GPU clusters data (late 2025): ${facts.phaseNames.join('; ')}.`]
    .filter(Boolean)
    .join(' ')
    .slice(0, 4000);
}

/** Epoch's "Alibaba Cloud in <place>" rows are Alibaba's region launches; place -> region site id. */
const ALIBABA_REGION_BY_PLACE: Record<string, string> = {
  Riyadh: 'alibaba-cloud-me-central-1',
  Sydney: 'alibaba-cloud-ap-southeast-2',
  Dubai: 'alibaba-cloud-me-east-1',
  'Kuala Lumpur': 'alibaba-cloud-ap-southeast-3',
  Bangkok: 'alibaba-cloud-ap-southeast-7',
  Singapore: 'alibaba-cloud-ap-southeast-1',
  Seoul: 'alibaba-cloud-ap-northeast-2',
  'Silicon Valley': 'alibaba-cloud-us-west-1',
  'Querétaro': 'alibaba-cloud-na-south-1',
  Tokyo: 'alibaba-cloud-ap-northeast-1',
  London: 'alibaba-cloud-eu-west-1',
  Manila: 'alibaba-cloud-ap-southeast-6',
  Virginia: 'alibaba-cloud-us-east-1',
  Mumbai: 'alibaba-cloud-ap-south-1',
  Jakarta: 'alibaba-cloud-ap-southeast-5',
  Frankfurt: 'alibaba-cloud-eu-central-1',
};

export interface RegionLaunch {
  opened?: string;
  /** Epoch lists the region's first data center as running. */
  confirmedExisting: boolean;
  later: string[];
  sources: Source[];
}

/**
 * Launch dates of Alibaba Cloud regions from Epoch's rows. The date's real precision is in
 * first_operational_date_note ("2016" for a 2016-07-01 placeholder).
 */
export function alibabaRegionLaunches(rows: CsvRow[]): Map<string, RegionLaunch> {
  const out = new Map<string, RegionLaunch>();
  const alibaba = rows.filter((r) => /^Alibaba Cloud in /.test(r.name)).sort((a, b) => cmp(a.first_operational_date, b.first_operational_date));
  for (const r of alibaba) {
    const id = ALIBABA_REGION_BY_PLACE[r.location];
    if (!id) continue;
    const when = partialDate(r.first_operational_date_note) ?? partialDate(r.first_operational_date?.slice(0, 4));
    const cur = out.get(id) ?? { confirmedExisting: false, later: [], sources: [] };
    if (!cur.opened) {
      cur.opened = when;
      cur.confirmedExisting = r.status === 'Existing' && r.certainty === 'Confirmed';
    } else if (when) {
      cur.later.push(`${/Phase \d/.exec(r.name)?.[0] ?? 'later phase'} ${r.status === 'Planned' ? 'planned for' : 'listed as operating from'} ${when}`);
    }
    cur.sources.push(...httpsUrls(r.source_urls).map((url) => ({ url })));
    out.set(id, cur);
  }
  return out;
}
