/** One OpenStreetMap feature of ../shared/data/osm-data-centers, read from its tidy CSV row. */
import type { CsvRow } from './csv';
import { num } from './text';

export interface OsmRow {
  type: 'node' | 'way' | 'relation';
  id: string;
  name: string;
  nameEn: string;
  /** `ref` split on ";" (several codes on one building). */
  refs: string[];
  operator: string;
  owner: string;
  brand: string;
  street: string;
  city: string;
  state: string;
  country: string;
  lat?: number;
  lon?: number;
  startDate: string;
  website: string;
  operatorWikidata: string;
  tags: Record<string, string>;
}

export function readOsmRow(r: CsvRow): OsmRow | undefined {
  const type = r.osm_type;
  if (type !== 'node' && type !== 'way' && type !== 'relation') return undefined;
  if (!/^\d+$/.test(r.osm_id ?? '')) return undefined;
  let tags: Record<string, string> = {};
  try {
    const parsed: unknown = JSON.parse(r.other_tags || '{}');
    if (parsed && typeof parsed === 'object') tags = Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Record<string, string>;
  } catch {
    tags = {};
  }
  const s = (k: string) => (r[k] ?? '').trim();
  return {
    type,
    id: r.osm_id,
    name: s('name'),
    nameEn: s('name_en'),
    refs: s('ref').split(';').map((x) => x.trim()).filter(Boolean),
    operator: s('operator'),
    owner: s('owner'),
    brand: s('brand'),
    street: s('addr_street'),
    city: s('addr_city'),
    state: s('addr_state'),
    country: /^[A-Z]{2}$/.test(s('country_code')) ? s('country_code') : '',
    lat: num(r.lat),
    lon: num(r.lon),
    startDate: s('start_date'),
    website: s('website'),
    operatorWikidata: /^Q\d+$/.test(s('operator_wikidata')) ? s('operator_wikidata') : '',
    tags,
  };
}

export const osmUrl = (row: Pick<OsmRow, 'type' | 'id'>) => `https://www.openstreetmap.org/${row.type}/${row.id}`;
