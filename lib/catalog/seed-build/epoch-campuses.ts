/**
 * AI campuses from Epoch AI's Frontier Data Centers (CC BY 4.0): the Aug-2026 release for the
 * numbers, the May-2026 release for source links and Epoch's notes, the Dec-2025 timelines for
 * construction dates. Every number keeps its release date and the "Epoch AI estimate" label.
 */
import { worldRegionOf } from '../../geo/countries';
import type { Source } from '../schema';
import type { CsvRow } from './csv';
import { EPOCH_OVERRIDES, type EpochOverride } from './epoch-overrides';
import type { OperatorRegistry } from './operator-registry';
import { cmp, httpsUrls, num, parseTagged, round, slugify, splitList, thousands } from './text';
import { DATASET_DATES, EPOCH_CREDIT, type Gazetteer, type SiteDraft } from './types';

export const EPOCH_DATASET_SOURCE: Source = {
  url: 'https://epoch.ai/data/data-centers',
  title: "Epoch AI, 'Data on Frontier AI Data Centers'",
  publisher: 'Epoch AI',
  date: '2026-08',
};

/** Names that changed between the May and Aug 2026 releases. */
const MAY_NAME: Record<string, string> = {
  'QTS Richmond 1': 'QTS Richmond',
  'QTS Richmond 2': 'QTS Richmond',
  'QTS Richmond 3': 'QTS Richmond',
  'Core42 Lake Mariner': 'Fluidstack Lake Mariner',
  'Anthropic Lake Mariner': 'Fluidstack Lake Mariner',
};

/** Evidence links that do not help a reader (link shorteners, Epoch's working files). */
const UNHELPFUL_HOSTS = /(^|\.)(t\.co|drive\.google\.com|docs\.google\.com)$/;

const RELEASE = '2026-08';
const LABEL = 'Epoch AI estimate, Aug 2026';

export interface EpochInputs {
  aug: CsvRow[];
  may: CsvRow[];
  timelines: CsvRow[];
}

/** "5420 Tulane Rd, Memphis, TN 38109" -> Memphis / TN. */
export function parseUsCityState(address: string): { city: string; admin: string } | undefined {
  const m =
    /(?:^|,)\s*([A-Za-z .'-]+?),?\s+([A-Z]{2}),?\s+\d{5}/.exec(address) ?? /,\s*([A-Za-z .'-]+?),\s*([A-Z]{2})\s*(?:,|$)/.exec(address);
  return m ? { city: m[1].trim(), admin: m[2] } : undefined;
}

function operatorIdsFor(row: CsvRow, o: EpochOverride, operators: OperatorRegistry): string[] {
  const ids: string[] = [];
  for (const owner of parseTagged(row.owner)) {
    if (owner.confidence === 'speculative') continue;
    ids.push(operators.ensure(owner.name, 'developer'));
  }
  for (const id of o.operatorIds ?? []) ids.push(operators.use(id));
  // Tenants only when Epoch is at least "likely" sure and the tenant is a company we know.
  for (const user of parseTagged(row.users)) {
    if (user.confidence === 'speculative') continue;
    const id = operators.resolve(user.name);
    if (id) ids.push(operators.use(id));
  }
  return [...new Set(ids)].slice(0, 10);
}

function timelineDates(handleRows: CsvRow[]): { groundbreaking?: string; opened?: string } {
  const rows = [...handleRows].sort((a, b) => cmp(a.date, b.date));
  const start = rows.find((r) => /land clearing|construction (begins|starts|started)/i.test(r.construction_status));
  const opened = rows.find(
    (r) => r.date <= DATASET_DATES.epochTimelines && /\boperational\b/i.test(r.construction_status) && !/not operational/i.test(r.construction_status),
  );
  return { groundbreaking: start?.date, opened: opened?.date };
}

function sourcesFor(mayRow: CsvRow | undefined): Source[] {
  const urls = httpsUrls(mayRow?.source_urls).filter((u) => !UNHELPFUL_HOSTS.test(new URL(u).hostname));
  return [EPOCH_DATASET_SOURCE, ...urls.slice(0, 8).map((url) => ({ url, publisher: new URL(url).hostname.replace(/^www\./, '') }))];
}

const fmt = thousands;

export function epochCampusSites(input: EpochInputs, operators: OperatorRegistry, gazetteer: Gazetteer): SiteDraft[] {
  const mayByName = new Map(input.may.map((r) => [r.name, r]));
  const timelinesByName = new Map<string, CsvRow[]>();
  for (const t of input.timelines) timelinesByName.set(t.name_2026, [...(timelinesByName.get(t.name_2026) ?? []), t]);

  return input.aug.map((row) => {
    const o = EPOCH_OVERRIDES[row.name] ?? {};
    const mayRow = mayByName.get(MAY_NAME[row.name] ?? row.name);
    const power = num(row.power_mw) ?? 0;
    const h100e = num(row.h100_equivalents) ?? 0;
    const capex = num(row.capex_usd_bn) ?? 0;
    const parsed = row.country_code === 'US' ? parseUsCityState(row.address) : undefined;
    const city = o.city ?? parsed?.city;
    const admin = o.admin ?? parsed?.admin;

    let lat = num(row.lat);
    let lon = num(row.lon);
    let precision: 'site' | 'city' | 'region' | 'country' | undefined = lat !== undefined ? 'site' : undefined;
    if (lat === undefined) {
      const target = o.geocodeNear ?? city;
      const hit = target ? gazetteer.locate(target, row.country_code, admin) : undefined;
      if (hit) {
        lat = round(hit.lat, 4);
        lon = round(hit.lon, 4);
        precision = o.geocodeNear ? 'region' : 'city';
      }
    }

    const users = parseTagged(row.users).map((u) => `${u.name} (${u.confidence})`).join(', ');
    const owners = parseTagged(row.owner).map((u) => `${u.name} (${u.confidence})`).join(', ');
    const chips = splitList(row.current_chip_types).join(', ');
    const notes = [
      power > 0
        ? `${LABEL}: ${fmt(power)} MW, about ${fmt(h100e)} H100-equivalents (compute, not a GPU count), modelled cost $${round(capex, 1)} billion.`
        : `${LABEL}: not yet operational.`,
      owners ? `Owner per Epoch: ${owners}.` : '',
      users ? `Users per Epoch: ${users}.` : '',
      row.project ? `Project: ${parseTagged(row.project).map((p) => p.name).join(', ')}.` : '',
      timelinesByName.has(row.name) ? 'Groundbreaking/opening dates: Epoch AI estimates from satellite imagery (Dec 2025).' : '',
      mayRow?.notes ? `Epoch AI (May 2026): ${mayRow.notes}` : '',
    ]
      .filter(Boolean)
      .join(' ')
      .slice(0, 3900);

    const dates = timelineDates(timelinesByName.get(row.name) ?? []);
    const site: SiteDraft = {
      id: o.id ?? `epoch-${slugify(row.name)}`,
      name: o.name ?? row.name,
      // Epoch's own labels ("Microsoft Narvik Norway") are not how news writes names: only curated aliases.
      aliases: [...(o.aliases ?? [])],
      kind: 'campus',
      operatorIds: operatorIdsFor(row, o, operators),
      status: power > 0 ? 'operational' : 'under_construction',
      place: { city, admin, country: row.country_code, worldRegion: worldRegionOf(row.country_code), lat, lon, precision },
      capacity: power > 0 ? { operationalMW: power, asOf: RELEASE, note: LABEL } : { asOf: RELEASE, note: `${LABEL}: not yet operational` },
      gpus: chips ? { chip: chips.slice(0, 120), asOf: RELEASE } : {},
      investment: capex > 0 ? { text: `about $${round(capex, 1)} billion (Epoch AI modelled cost)`, usd: Math.round(capex * 1e9), currency: 'USD', asOf: RELEASE } : {},
      dates: {
        groundbreaking: dates.groundbreaking,
        opened: power > 0 ? dates.opened : undefined,
      },
      sources: sourcesFor(mayRow),
      credits: [EPOCH_CREDIT],
      notes,
      stamp: DATASET_DATES.epochFrontier,
    };
    if (site.operatorIds!.length === 0) throw new Error(`Epoch site ${row.name} has no operator; add one in epoch-overrides.ts`);
    return site;
  });
}
