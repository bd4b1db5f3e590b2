/**
 * US data centers from FracTracker Alliance's national tracker (Apr 2026): status, MW, cost and
 * the news links FracTracker cites. Rows without an https source are skipped; FracTracker is
 * credited on every site that uses it.
 */
import { worldRegionOf } from '../../geo/countries';
import type { SiteStatus } from '../schema';
import type { CsvRow } from './csv';
import type { OperatorRegistry } from './operator-registry';
import { hostOf, httpsUrls, num, partialDate, slugify } from './text';
import { DATASET_DATES, FRACTRACKER_CREDIT, type SiteDraft } from './types';

const STATUS: Record<string, { status: SiteStatus; note?: string }> = {
  Operating: { status: 'operational' },
  Expanding: { status: 'operational', note: 'Expanding (FracTracker).' },
  Proposed: { status: 'announced', note: 'Proposed (FracTracker).' },
  'Approved/Permitted/Under construction': { status: 'under_construction', note: 'Approved, permitted or under construction (FracTracker).' },
  Cancelled: { status: 'cancelled' },
  Suspended: { status: 'unknown', note: 'Suspended (FracTracker).' },
  Unknown: { status: 'unknown' },
};

/** Names that say nothing beyond the operator ("Data center", "Meta Data Center"). */
const GENERIC_WORDS = /\b(data|center|centre|centers|centres|campus|dc|facility|hyperscale|the|speculative|ai|inc|llc|new|proposed)\b/gi;

export function isGenericName(name: string, operatorName: string): boolean {
  const rest = name
    .toLowerCase()
    .replace(operatorName.toLowerCase(), ' ')
    .replace(GENERIC_WORDS, ' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return rest === '';
}

/** "$14 billion" -> 14e9; "$600 million" -> 6e8; anything vaguer -> undefined. */
export function parseUsd(text: string): number | undefined {
  const m = /^\s*(?:about |approximately |~)?\$\s*([\d.,]+)\s*(billion|bn|b|million|mn|m)?\b/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1].replace(/,/g, ''));
  if (!Number.isFinite(n)) return undefined;
  const unit = (m[2] ?? '').toLowerCase();
  const mult = unit.startsWith('b') ? 1e9 : unit.startsWith('m') ? 1e6 : 1;
  const usd = n * mult;
  return usd >= 1e5 ? usd : undefined;
}

/** A site named "<Company> (City, ST)" or "<Company> Data Center (City, ST)" names its builder. */
const COMPANY_AT_PLACE = /^(.+?)(?:\s+data\s+cent(?:er|re)s?)?\s*\([^()]*,\s*[A-Z]{2}\)(?:\s*#\d+)?$/i;
/** "X Data Center" names a company only when X looks like one ("Karis Critical" is a guess too far). */
const CORPORATE_WORD = /\b(technologies|technology|partners|capital|group|digital|infrastructure|energy|power|development|ventures|realty|holdings|properties|investments|management|data centers|datacenters|networks|communications|solutions|systems|llc|inc)\b\.?$/i;
const GENERIC_START = /^(project|edge|green|huge|new|former|proposed|potential|the|data|north|south|east|west)\b/i;

/**
 * FracTracker leaves `operator` empty on many rows whose name still says who builds it:
 * "H5 Data Center (Ashburn, VA)", "Sacramento EdgeConneX Edge Data Center", "Project Annie (Soluna)".
 */
export function operatorFromName(row: CsvRow, operators: OperatorRegistry): string | undefined {
  const name = row.name.replace(/\s*\(speculative\)\s*/i, ' ').trim();
  const known = operators.findIn(name);
  if (known) return operators.use(known);
  const atPlace = COMPANY_AT_PLACE.exec(name)?.[1]?.trim();
  if (atPlace && !GENERIC_START.test(atPlace) && atPlace.length >= 3) return operators.ensure(atPlace, 'developer');
  const paren = /\(([^()]+)\)/.exec(name)?.[1]?.trim();
  if (paren && CORPORATE_WORD.test(paren) && !/,/.test(paren)) return operators.ensure(paren, 'developer');
  // "Cielo Digital Infrastructure", "Beale Infrastructure \"Project Clydesdale\"", "Atlas Capital Group data center".
  const prefix = name.split(/\s*["\u201c(:]|\s+data\s+cent(?:er|re)s?\b/i)[0].trim();
  if (prefix && CORPORATE_WORD.test(prefix) && !GENERIC_START.test(prefix)) return operators.ensure(prefix, 'developer');
  return undefined;
}

/** Builder first, then tenants we know (never creating operators from tenant text). */
function operatorIdsFor(row: CsvRow, operators: OperatorRegistry): string[] {
  const builders = operators.idsIn(row.operator, true);
  const tenants = operators.idsIn(row.tenant, false);
  if (builders.length === 0) {
    const fromName = operatorFromName(row, operators);
    if (fromName) builders.push(fromName);
  }
  const ids = [...new Set([...builders, ...tenants])].slice(0, 10);
  return ids.length > 0 ? ids : [operators.use('undisclosed')];
}

export function fractrackerSites(rows: CsvRow[], operators: OperatorRegistry): SiteDraft[] {
  const sites: SiteDraft[] = [];
  const usedIds = new Set<string>();
  // First pass: every builder FracTracker names anywhere can then be recognised in other rows' names.
  for (const row of rows) if (httpsUrls(row.source_urls).length > 0) for (const id of operators.idsIn(row.operator, true)) operators.markSearchable(id);
  for (const row of rows) {
    const urls = httpsUrls(row.source_urls);
    if (urls.length === 0) continue;
    const lat = num(row.lat);
    const lon = num(row.lon);
    const operatorIds = operatorIdsFor(row, operators);
    const operatorId = operatorIds[0];
    const opName = operators.get(operatorId)!.name;
    const place = [row.city, row.state_code].filter(Boolean).join(', ');
    const rawName = row.name.replace(/\s*\(speculative\)\s*/i, ' ').trim();
    const generic = !rawName || isGenericName(rawName, opName) || operatorId === 'undisclosed' && /^data ?cent/i.test(rawName);
    const name = generic ? `${operatorId === 'undisclosed' ? 'Data center' : opName} ${place}`.trim() : rawName;

    let id = `fractracker-${slugify(`${generic ? opName : rawName} ${row.city} ${row.state_code}`, 90)}`;
    for (let i = 2; usedIds.has(id); i++) id = `fractracker-${slugify(`${generic ? opName : rawName} ${row.city} ${row.state_code}`, 86)}-${i}`;
    usedIds.add(id);

    const st = STATUS[row.status] ?? { status: 'unknown' as SiteStatus };
    const lo = num(row.power_mw_min);
    const hi = num(row.power_mw_max);
    const mw = hi ?? lo;
    const updated = partialDate(row.date_updated) ?? DATASET_DATES.fractracker;
    const asOf = updated > DATASET_DATES.fractracker ? DATASET_DATES.fractracker : updated;
    const capacity =
      mw === undefined
        ? {}
        : {
            ...(st.status === 'operational' ? { operationalMW: mw } : { plannedMW: mw }),
            asOf,
            note: `FracTracker: ${row.power_mw_text} MW`.slice(0, 200),
          };
    const usd = row.project_cost_text ? parseUsd(row.project_cost_text) : undefined;
    const multi = /mega|campus/i.test(row.size_class) || (num(row.number_of_buildings) ?? 1) > 1;
    const notes = [
      st.note,
      row.tenant ? `Tenant: ${row.tenant}.` : '',
      row.purpose ? `Purpose: ${row.purpose}.` : '',
      row.size_class && row.size_class !== 'Unknown' ? `Size class: ${row.size_class}.` : '',
      row.facility_size_sqft ? `Building area: ${row.facility_size_sqft} sq ft.` : '',
      row.property_size_acres ? `Property: ${row.property_size_acres} acres.` : '',
      row.other_info ? `FracTracker notes: ${row.other_info}` : '',
    ]
      .filter(Boolean)
      .join(' ')
      .slice(0, 3900);

    sites.push({
      id,
      name: name.slice(0, 200),
      aliases: [],
      kind: multi ? 'campus' : 'facility',
      operatorIds,
      status: st.status,
      place: {
        city: row.city || undefined,
        admin: row.state_code || undefined,
        country: 'US',
        worldRegion: worldRegionOf('US'),
        lat,
        lon,
        precision: lat === undefined ? undefined : /^high$/i.test(row.location_confidence) ? 'site' : 'city',
      },
      capacity,
      investment: row.project_cost_text
        ? { text: row.project_cost_text.slice(0, 200), amount: usd, currency: usd ? 'USD' : undefined, usd, asOf }
        : {},
      dates: { expected: st.status === 'operational' ? undefined : partialDate(row.expected_date_online) },
      sources: urls.slice(0, 10).map((url) => ({ url, publisher: hostOf(url) })),
      credits: [FRACTRACKER_CREDIT],
      notes: notes || undefined,
      stamp: DATASET_DATES.fractracker,
    });
  }
  return sites;
}
