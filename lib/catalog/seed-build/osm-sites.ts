/**
 * One kept OpenStreetMap feature -> one catalog building. Names follow the catalog's hygiene: a
 * feature named only after its operator ("Telstra", "Amazon Web Services") or with a generic name
 * ("Data Center", "Rechenzentrum") is named "<operator> <code>" or "<operator> data center, <town>",
 * and the bare company name never becomes the site's alias.
 */
import { worldRegionOf } from '../../geo/countries';
import { isFacilityCode, trailingCode, uniqueCodes } from './codes';
import { operatorKey } from './operator-registry';
import { osmUrl, type OsmRow } from './osm-row';
import { isHttpsUrl, tidySources } from './sources';
import { partialDate, round } from './text';
import type { Gazetteer, SiteDraft } from './types';

export const OSM_CREDIT = 'OpenStreetMap contributors (ODbL)';
/** Date of the Overpass extract (osm-data-centers/PROVENANCE.md). */
export const OSM_DATE = '2026-10-09';

/** Words that name no particular building, in the languages mappers used most. */
const GENERIC = /^(the |le |la |el |das |der )?(data ?cent(er|re)s?|datacent(er|re)s?|rechenzentrum|centre de donn[ée]es|centro de (datos|dados|processamento de dados)|centro dati|datacenter|server|serverzentrum|dc|building|gebäude|bâtiment|site)( \d+)?$/iu;
const LATIN = /\p{Script=Latin}/u;

export interface OsmSiteContext {
  operatorId: string;
  /** Display name of the operator, undefined when undisclosed. */
  operatorName?: string;
  /** Names of every known company (to spot a name that is only a company). */
  isCompanyName: (name: string) => boolean;
  gazetteer: Gazetteer;
}

/** True when the name says nothing beyond the operator ("Equinix", "Google Data Center", "Rechenzentrum"). */
export function namesOnlyOperator(name: string, operatorName: string | undefined, isCompanyName: (n: string) => boolean): boolean {
  const n = name.trim();
  if (GENERIC.test(n) || isCompanyName(n)) return true;
  if (!operatorName) return false;
  const key = operatorKey(n);
  const op = operatorKey(operatorName);
  if (key === op) return true;
  const rest = key.startsWith(`${op} `) ? key.slice(op.length + 1) : undefined;
  return rest !== undefined && GENERIC.test(rest);
}

export function osmTown(row: OsmRow, gazetteer: Gazetteer): string | undefined {
  if (row.city) return row.city;
  if (row.lat === undefined || row.lon === undefined || !row.country) return undefined;
  return gazetteer.nearest?.({ lat: row.lat, lon: row.lon }, row.country, { minPopulation: 1000, maxKm: 25 })?.name;
}

export function osmSite(row: OsmRow, ctx: OsmSiteContext): { site: SiteDraft; renamedFrom?: string } {
  const original = !LATIN.test(row.name) && row.nameEn ? row.nameEn : row.name || row.nameEn;
  const other = original === row.nameEn ? row.name : row.nameEn;
  const codes = uniqueCodes([...row.refs.filter(isFacilityCode), ...(original && trailingCode(original) && ctx.operatorName ? [trailingCode(original)!] : [])]);
  const town = osmTown(row, ctx.gazetteer);
  let name = original;
  let renamedFrom: string | undefined;
  if (!name || namesOnlyOperator(name, ctx.operatorName, ctx.isCompanyName)) {
    const who = ctx.operatorName ?? 'Unnamed data center';
    name = codes.length ? `${who} ${codes[0]}` : ctx.operatorName ? `${who} data center${town ? `, ${town}` : ''}` : `${who}${town ? `, ${town}` : ''}`;
    renamedFrom = original || undefined;
  }
  const aliases = other && other !== name && !namesOnlyOperator(other, ctx.operatorName, ctx.isCompanyName) && !isFacilityCode(other) ? [other] : [];
  const t = row.tags;
  const building = t.building ?? '';
  const status = building === 'construction' || Object.keys(t).some((k) => k.startsWith('construction')) ? 'under_construction' : Object.keys(t).some((k) => k.startsWith('proposed')) ? 'announced' : building ? 'operational' : 'unknown';
  const website = isHttpsUrl(row.website) ? [{ url: row.website }] : [];
  const address = [row.street && `${t['addr:housenumber'] ? `${t['addr:housenumber']} ` : ''}${row.street}`, row.city].filter(Boolean).join(', ');
  const notes = [renamedFrom ? `Mapped in OpenStreetMap as "${renamedFrom}".` : '', address ? `Address: ${address}.` : ''].filter(Boolean).join(' ');
  const site: SiteDraft = {
    id: `osm-${row.type}-${row.id}`,
    name: name.slice(0, 200),
    aliases,
    codes,
    kind: 'facility',
    operatorIds: [ctx.operatorId],
    status,
    place: {
      city: town,
      admin: row.state || undefined,
      country: row.country || undefined,
      worldRegion: row.country ? worldRegionOf(row.country) : undefined,
      lat: row.lat === undefined ? undefined : round(row.lat, 5),
      lon: row.lon === undefined ? undefined : round(row.lon, 5),
      precision: row.lat === undefined ? undefined : 'site',
    },
    dates: partialDate(row.startDate) ? { opened: partialDate(row.startDate) } : {},
    sources: tidySources([{ url: osmUrl(row), title: `OpenStreetMap ${row.type} ${row.id}`, publisher: 'OpenStreetMap contributors', date: OSM_DATE }, ...website]),
    credits: [OSM_CREDIT],
    notes: notes || undefined,
    stamp: OSM_DATE,
  };
  return { site, renamedFrom };
}

