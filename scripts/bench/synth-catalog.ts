/**
 * Larger catalogs for the bench, grown from the shipped seed: every seed record stays, and clones
 * of seed sites are added with new ids, names, aliases and places, the way real catalogs name
 * sites ("CoreWeave Plano 3", "Project Veltora", "ABL12"). Deterministic for a given PRNG seed.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Operator, Site } from '../../lib/catalog/schema';
import { createRng, intIn, pick, type Rng } from './prng';

export interface BenchCatalog {
  operators: Operator[];
  sites: Site[];
}

export function loadSeed(root: string): BenchCatalog {
  const file = JSON.parse(readFileSync(join(root, 'public/seed-catalog.json'), 'utf8')) as BenchCatalog;
  return { operators: file.operators, sites: file.sites };
}

const SYLLABLES = ['ve', 'lor', 'ta', 'qui', 'na', 'ren', 'do', 'mar', 'sel', 'tor', 'ka', 'vi', 'on', 'xi', 'bra', 'ly', 'zen', 'pha', 'ro', 'cel', 'thi', 'gar', 'mo', 'su', 'ne'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const CORPORATE_TAIL = /[,.]?\s+(LLC|L\.L\.C\.|Inc\.?|Corp\.?|Corporation|Ltd\.?|Limited|Holdings|Group|Co\.)$/i;

function projectWord(rng: Rng): string {
  const n = intIn(rng, 2, 3);
  let w = '';
  for (let i = 0; i < n; i++) w += pick(rng, SYLLABLES);
  return w[0].toUpperCase() + w.slice(1);
}

function shortOperatorName(name: string): string {
  let s = name;
  for (let i = 0; i < 3 && CORPORATE_TAIL.test(s); i++) s = s.replace(CORPORATE_TAIL, '');
  return s.trim() || name;
}

function cityCode(city: string): string {
  const letters = city.replace(/[^A-Za-z]/g, '').toUpperCase();
  return (letters.slice(0, 2) + (letters[letters.length - 1] ?? 'X')).slice(0, 3) || 'DC';
}

/** Names and aliases of a catalog's live sites, each spelling once (case-insensitive). */
export function siteAliases(sites: readonly Site[]): string[] {
  const seen = new Map<string, string>();
  for (const s of sites) for (const a of [s.name, ...s.aliases]) if (!seen.has(a.toLowerCase())) seen.set(a.toLowerCase(), a);
  return [...seen.values()];
}

export interface GrowTarget {
  /** Stop at this many sites... */
  sites?: number;
  /** ...or at this many distinct site names + aliases, whichever comes first. */
  aliases?: number;
  seed?: number;
}

export function growCatalog(base: BenchCatalog, target: GrowTarget): BenchCatalog {
  const rng = createRng(target.seed ?? 20261122);
  const operatorById = new Map(base.operators.map((o) => [o.id, o]));
  const placed = base.sites.filter((s) => s.place.city && s.place.country);
  const taken = new Set(siteAliases(base.sites).map((a) => a.toLowerCase()));
  const sites = base.sites.slice();
  const maxSites = target.sites ?? Infinity;
  const maxAliases = target.aliases ?? Infinity;
  let i = 0;
  const claim = (s: string): boolean => {
    const k = s.toLowerCase();
    if (taken.has(k)) return false;
    taken.add(k);
    return true;
  };
  while (sites.length < maxSites && taken.size < maxAliases) {
    const template = pick(rng, base.sites);
    const where = pick(rng, placed);
    const operator = operatorById.get(template.operatorIds[0]);
    const op = shortOperatorName(operator?.name ?? 'Data');
    const city = where.place.city!;
    const n = intIn(rng, 1, 40);
    const word = projectWord(rng);
    const forms = [
      `${op} ${city} ${n}`,
      `${op} ${city} Campus ${ROMAN[n % ROMAN.length]}`,
      `${word} ${city}`,
      `${city} ${word} Data Center`,
      `${op} ${cityCode(city)}${n}`,
    ];
    let name = pick(rng, forms);
    for (let k = 2; !claim(name); k++) name = `${pick(rng, forms)} ${k}`;
    const aliases: string[] = [];
    const wanted = rng() < 0.4 ? 0 : rng() < 0.67 ? 1 : 2;
    const aliasForms = [`${cityCode(city)}${n}`, `Project ${word}`, `${word} ${n}`, `${op} ${word}`];
    for (let k = 0; k < 8 && aliases.length < wanted && taken.size < maxAliases; k++) {
      const a = pick(rng, aliasForms);
      if (!aliases.includes(a) && claim(a)) aliases.push(a);
    }
    const lat = where.place.lat === undefined ? undefined : Math.round((where.place.lat + (rng() - 0.5) * 0.2) * 1e4) / 1e4;
    const lon = where.place.lon === undefined ? undefined : Math.round((where.place.lon + (rng() - 0.5) * 0.2) * 1e4) / 1e4;
    const { regionCode: _code, notes: _notes, ...rest } = template;
    sites.push({
      ...rest,
      id: `bench-${i++}`,
      name,
      aliases,
      kind: template.kind === 'region' ? 'facility' : template.kind,
      place: { ...where.place, ...(lat === undefined ? {} : { lat }), ...(lon === undefined ? {} : { lon }) },
      dates: { ...template.dates, opened: String(intIn(rng, 2005, 2026)) },
    });
  }
  return { operators: base.operators, sites };
}
