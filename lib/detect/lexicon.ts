/**
 * Compiles catalog names into the detector index: one word automaton holding every site alias,
 * operator alias and head word, plus the place table. Runs where the catalog lives (background,
 * CLI); the result is plain data (serializeIndex/loadIndex).
 */
import { codeSpellings } from '../catalog/site-codes';
import { sliceOf } from '../codec/string-column';
import { countryByCode } from '../geo/countries';
import { US_STATES } from '../geo/us-states';
import { buildAutomaton } from './automaton';
import { getPlaceTable } from './gazetteer';
import {
  ENTRY_FAMILY,
  INDEX_VERSION,
  ENTRY_HEAD,
  ENTRY_OPERATOR,
  ENTRY_SITE,
  FLAG_ACRONYM,
  FLAG_NEEDS_CONTEXT,
  FLAG_NEEDS_OPERATOR,
  type DetectorIndex,
  type LexiconOperator,
  type LexiconSite,
  type PlaceTable,
} from './index-format';
import { normalizeForMatch } from './normalize';
import { shortOperatorNames } from '../catalog/operator-short-names';
import { HEADS, NON_DC_MODIFIERS, PREMODIFIERS } from './vocab';

export type { DetectorIndex, LexiconOperator, LexiconSite, SerializedIndex } from './index-format';

const COMMON = new Set(
  `the a an of and in on at for to new data center centre campus site project region cloud one two three
  north south east west central main first second third park city`.split(/\s+/),
);

/** Words that describe any data center: a name made only of them ("New Data Center", "The Cloud") names none. */
// "Building 7" is a catalog's name for one numbered building, though "building" is a head word.
const GENERIC_NAME_WORDS = new Set([
  ...COMMON,
  ...HEADS.flatMap((h) => h.phrase.split(' ')).filter((w) => w !== 'building' && w !== 'buildings'),
  ...PREMODIFIERS,
  ...['tier', 'ii', 'iii', 'iv', 'dc', 'idc', 'hub', 'centers', 'centres'],
]);

// Compiled once: a regex literal in a function is a new object on every call (100,000s per compile).
const DIGIT = /\d/;
const ALL_DIGITS = /^\d+$/;

/** What a plant of another trade is called after its modifier ("landing station", "power plant"). */
const NON_DC_HEADS = new Set(['station', 'stations', 'plant', 'plants', 'works', 'terminal', 'depot', 'yard', 'mill', 'factory']);

/** A catalog name that would mark ordinary text: generic words only, or one short word ("Data"). */
export function genericName(norm: string): boolean {
  return genericWords(norm, norm.split(' ').filter(Boolean));
}

/** genericName of a string already cut into its words. */
function genericWords(norm: string, words: readonly string[]): boolean {
  if (words.every((w) => GENERIC_NAME_WORDS.has(w) || ALL_DIGITS.test(w))) return true;
  return words.length === 1 && norm.length <= 4 && !DIGIT.test(norm);
}

/** An alias that could be an ordinary word or a place: it needs a data-center word or its operator nearby. */
function needsContext(norm: string, words: readonly string[], placeKeys: (s: string) => boolean): boolean {
  const hasDigit = DIGIT.test(norm);
  if (norm.length <= 4) return true;
  if (words.length === 1 && !hasDigit) return true;
  if (words.every((w) => COMMON.has(w) || ALL_DIGITS.test(w) || placeKeys(w))) return true;
  if (placeKeys(norm)) return true;
  // "Spring Street", "River Park", "Copper Ridge": a street's, a park's or a hill's name, which text
  // uses for the street, the park or the hill far more often than for a data center named after it.
  if (words.length === 2 && !hasDigit && LANDMARKS.has(words[words.length - 1])) return true;
  return false;
}

const LANDMARKS = new Set(
  `street st avenue ave road rd boulevard blvd lane drive way highway parkway pike park parks ridge hill hills
  creek river lake valley point crossing plaza square grove field fields farm farms meadow meadows springs
  woods forest heights estate estates commons landing junction corner gardens garden trail`.split(/\s+/),
);

const CORPORATE = new Set(['centers', 'centres', 'center', 'centre', 'datacenters', 'corporation', 'corp', 'inc', 'llc', 'ltd', 'company', 'group', 'holdings', 'partners', 'data', 'services', 'data services', 'cloud', 'global', 'systems', 'technologies', 'infrastructure', 'development', 'properties', 'realty', 'ventures', 'capital', 'trust', 'reit']);
const GENERIC_TAIL = /\b(region|cloud|data center|data centre|datacenter|campus|site|facility|zone)$/;

/**
 * "hillsboro oregon", "frankfurt am main hesse": a run of known places, which text writes for the
 * place ("Hillsboro, Oregon"), never for one site there. Places may span several words.
 */
function placesOnly(words: readonly string[], isPlace: (s: string) => boolean): boolean {
  // "lima oh": a US state's code after a place is a place too.
  if (words.length > 1 && US_STATES[words[words.length - 1].toUpperCase()] && words[words.length - 1].length === 2) words = words.slice(0, -1);
  const ok: boolean[] = [true];
  for (let end = 1; end <= words.length; end++) {
    ok[end] = false;
    for (let start = Math.max(0, end - 4); start < end && !ok[end]; start++) ok[end] = ok[start] && isPlace(end - start === 1 ? words[start] : words.slice(start, end).join(' '));
  }
  return ok[words.length];
}

/**
 * "fra9", "ld8", "sg5": shaped like a facility code, which several companies may use; "2b" (a
 * building's label) and "unit 2", "hall 3" (a part of any plant) say even less without the company.
 */
const CODE_SHAPED = /^(?:[a-z]{1,5}\d{1,3}[a-z]?|\d{1,3}[a-z]{1,2}|(?:unit|building|bldg|hall|data hall|phase|block|tower|lab|module|pod|suite|floor|wing|plot|lot|zone|sector|room|batiment|bloc|halle|gebaude|edificio|predio) [a-z]?\d{1,3}[a-z]?)$/;

/**
 * "Meta Hyperion" -> "Hyperion", "Azure Japan East" -> "Japan East"; but not a place ("Google
 * Cloud Tokyo" -> "Tokyo"), a place plus a generic word ("Tokyo region") or a corporate word.
 */
function derivable(rest: string, isPlace: (s: string) => boolean, bracketed: boolean): boolean {
  if (rest.length <= 3 || isPlace(rest)) return false;
  const words = rest.split(' ');
  if ((!bracketed && placesOnly(words, isPlace)) || CORPORATE.has(rest)) return false;
  if (words.every((w) => CORPORATE.has(w) || COMMON.has(w))) return false;
  // "Acme Cable Landing Station" without its company is a kind of plant, not a name.
  if (words.some((w) => NON_DC_MODIFIERS.has(w)) && words.every((w) => NON_DC_MODIFIERS.has(w) || GENERIC_NAME_WORDS.has(w) || NON_DC_HEADS.has(w))) return false;
  const withoutTail = rest.replace(GENERIC_TAIL, '').trim();
  if (withoutTail !== rest && (isPlace(withoutTail) || withoutTail === '')) return false;
  // At least one real word of its own: not "100k", not "global data centers".
  if (!words.some((w) => /^\p{L}{3,}$/u.test(w) && !COMMON.has(w) && !CORPORATE.has(w))) return false;
  return words.length > 1 || DIGIT.test(rest) || !COMMON.has(rest);
}

/**
 * "Is this string a place name?", asked about 100,000 times per compile of 10,000 aliases (every
 * alias, its word runs, its derived names), nearly always of a string that is none. A set look-up
 * of a fresh string probes a table of tens of thousands; a bit per hash of the places' names
 * answers "no" first for nearly every other string, and a place always has its bit. Made once per
 * place table (building the set cost as much as the rest of a compile).
 */
const SHAPE_BITS = 1 << 20;
function shapeBit(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return Math.imul(h, 0x2c1b3c6d) >>> 12;
}
const placeTests = new WeakMap<PlaceTable, (s: string) => boolean>();
function placeTestOf(places: PlaceTable): (s: string) => boolean {
  let test = placeTests.get(places);
  if (test) return test;
  const names = new Set(sliceOf(places.automaton.patterns, 0, places.automaton.patterns.length));
  const shapes = new Int32Array(SHAPE_BITS >>> 5);
  for (const name of names) {
    const b = shapeBit(name);
    shapes[b >>> 5] |= 1 << (b & 31);
  }
  test = (s: string) => {
    const b = shapeBit(s);
    return (shapes[b >>> 5] & (1 << (b & 31))) !== 0 && names.has(s);
  };
  placeTests.set(places, test);
  return test;
}

/**
 * Every operator name and each run of its leading words ("amazon", "amazon web" of "amazon web
 * services"): an alias in this set is a company's name or the start of one. One look-up per alias
 * instead of a pass over every operator's names (10,000 aliases times thousands of names).
 */
function namesAndLeadingWords(opNormNames: readonly string[][]): Set<string> {
  const out = new Set<string>();
  for (const names of opNormNames) {
    for (const on of names) {
      if (!on) continue;
      out.add(on);
      for (let k = on.indexOf(' '); k >= 0; k = on.indexOf(' ', k + 1)) out.add(on.slice(0, k));
    }
  }
  return out;
}

/** Per pattern, its (type, ref) entries in the order added, each pair once. */
class EntryLists {
  readonly first: number[] = [];
  readonly last: number[] = [];
  readonly type: number[] = [];
  readonly ref: number[] = [];
  readonly next: number[] = [];

  get count(): number {
    return this.type.length;
  }

  newList(): number {
    this.first.push(-1);
    this.last.push(-1);
    return this.first.length - 1;
  }

  addOnce(list: number, type: number, ref: number): void {
    for (let e = this.first[list]; e >= 0; e = this.next[e]) if (this.type[e] === type && this.ref[e] === ref) return;
    const e = this.type.length;
    this.type.push(type);
    this.ref.push(ref);
    this.next.push(-1);
    if (this.last[list] < 0) this.first[list] = e;
    else this.next[this.last[list]] = e;
    this.last[list] = e;
  }

  hasType(list: number, a: number, b: number): boolean {
    for (let e = this.first[list]; e >= 0; e = this.next[e]) if (this.type[e] === a || this.type[e] === b) return true;
    return false;
  }
}

export function compileIndex(input: { sites: readonly LexiconSite[]; operators: readonly LexiconOperator[] }): DetectorIndex {
  const places = getPlaceTable();
  const isPlace = placeTestOf(places);
  const patternIds = new Map<string, number>();
  // A pattern's entries, in the order added, as a list linked through flat arrays of numbers: a
  // small array per pattern and per entry all lived to the end of the compile, and the scavenger
  // copied every one of them.
  const entries = new EntryLists();
  const flags: number[] = [];
  const addNormalized = (norm: string, type: number, ref: number, flag = 0) => {
    if (!norm) return;
    let id = patternIds.get(norm);
    if (id === undefined) {
      id = entries.newList();
      patternIds.set(norm, id);
      flags.push(0);
    }
    entries.addOnce(id, type, ref);
    flags[id] |= flag;
  };
  const add = (alias: string, type: number, ref: number, flag = 0) => addNormalized(normalizeForMatch(alias), type, ref, flag);

  HEADS.forEach((h, i) => add(h.phrase, ENTRY_HEAD, i));

  const opIndex = new Map<string, number>();
  const opNormNames: string[][] = [];
  // Every company's own names, so a short name that is another company's ("Kestrel" of "Kestrel
  // Data Centers" beside a company called "Kestrel") is not added to either.
  const ownNames = new Set(input.operators.flatMap((o) => [o.name, ...o.aliases].map(normalizeForMatch)));
  input.operators.forEach((o, i) => {
    opIndex.set(o.id, i);
    const short = shortOperatorNames(o.name, isPlace).filter((n) => !ownNames.has(normalizeForMatch(n)));
    const names = [o.name, ...o.aliases, ...short];
    opNormNames.push(names.map(normalizeForMatch));
    // An acronym ("BT", "ATE") names the company only when written in capitals, not the word "ate".
    for (const n of names) add(n, ENTRY_OPERATOR, i, /^[A-Z0-9&]{1,5}$/.test(n.trim()) ? FLAG_ACRONYM : 0);
  });

  const operatorNames = namesAndLeadingWords(opNormNames);
  const siteOps: number[][] = [];
  // Each site's names normalised once, in order, repeats kept (the name families count them).
  const siteNorms: string[][] = [];
  input.sites.forEach((s, i) => {
    const ops = s.operatorIds.map((id) => opIndex.get(id)).filter((x): x is number => x !== undefined);
    siteOps.push(ops);
    const list = [s.name, ...s.aliases, ...(s.regionCode ? [s.regionCode] : [])];
    const listNorms = list.map(normalizeForMatch);
    siteNorms.push(listNorms);
    // Each alias once, in order, with its normalised form (derived ones are added after). A site
    // has a few: arrays, not a Set per site.
    const aliases: string[] = [];
    const norms: string[] = [];
    list.forEach((a, k) => {
      if (aliases.includes(a)) return;
      aliases.push(a);
      norms.push(listNorms[k]);
    });
    const bracketed: string[] = [];
    // "Meta Hyperion" is also written "Hyperion": the name without its operator's name.
    for (let k = 0, listed = aliases.length; k < listed; k++) {
      const a = aliases[k];
      const norm = norms[k];
      for (const oi of ops) {
        for (const on of opNormNames[oi]) {
          if (!on || norm.charCodeAt(on.length) !== 32 || !norm.startsWith(on)) continue;
          const rest = norm.slice(on.length + 1);
          if (derivable(rest, isPlace, a.includes('('))) {
            if (!aliases.includes(rest)) {
              aliases.push(rest);
              norms.push(normalizeForMatch(rest));
            }
            if (a.includes('(')) bracketed.push(rest);
          }
        }
      }
    }
    for (let k = 0; k < aliases.length; k++) {
      const a = aliases[k];
      const norm = norms[k];
      if (!norm || norm.length < 2) continue;
      const words = norm.split(' ');
      // "Tokyo", "Hillsboro, Oregon" name places; the resolver maps places to sites. A region's
      // "Asia Pacific (Malaysia)" is its own name, read only near a data-center word.
      if (isPlace(norm) || (!a.includes('(') && !bracketed.includes(a) && placesOnly(words, isPlace))) continue;
      // "Global Switch" (a site filed under its company's name), "Microsoft - Azure Datacenter":
      // without its operator's names the alias says nothing, and it would mark the company.
      let unbranded = norm;
      for (const oi of ops) for (const on of opNormNames[oi]) if (on && unbranded.includes(on) && ` ${unbranded} `.includes(` ${on} `)) unbranded = ` ${unbranded} `.replace(` ${on} `, ' ').trim();
      if (genericWords(norm, words) || (unbranded !== norm && (unbranded === '' || genericName(unbranded)))) continue;
      if (operatorNames.has(norm)) continue;
      // An alias equal to an operator name or a head word would turn every mention of it into this site.
      const existing = patternIds.get(norm);
      if (existing !== undefined && entries.hasType(existing, ENTRY_OPERATOR, ENTRY_HEAD)) continue;
      // A code-shaped name ("Digital Realty FRA9" read as "FRA9") is a code: its operator must be near.
      addNormalized(norm, ENTRY_SITE, i, (needsContext(norm, words, isPlace) ? FLAG_NEEDS_CONTEXT : 0) | (CODE_SHAPED.test(norm) ? FLAG_NEEDS_CONTEXT | FLAG_NEEDS_OPERATOR : 0));
    }
  });

  // Facility codes are operator-qualified: "Equinix LD8" always names the site; "LD8" alone only
  // with Equinix nearby, so another company's LD8 (or a part number) is never this site.
  // Each code in every spelling news uses ("TY11", "TY-11", "TY 11"; "AMS-01" run together).
  input.sites.forEach((s, i) => {
    for (const code of (s.codes ?? []).flatMap(codeSpellings)) {
      const norm = normalizeForMatch(code);
      if (!norm || norm.length < 2) continue;
      for (const oi of siteOps[i]) for (const on of opNormNames[oi]) if (on) add(`${on} ${norm}`, ENTRY_SITE, i);
      add(code, ENTRY_SITE, i, FLAG_NEEDS_CONTEXT | FLAG_NEEDS_OPERATOR);
    }
  });

  // Name families: "Stargate Abilene", "Stargate UAE" -> "Stargate" followed by a place names a site.
  const family = new Map<string, number>();
  const opNames = new Set(opNormNames.flat());
  input.sites.forEach((s, si) => {
    // The name and aliases as listed (not the region code), repeats counted.
    for (let a = 0; a <= s.aliases.length; a++) {
      const words = siteNorms[si][a].split(' ');
      for (let k = 0; k + 1 < words.length; k++) {
        const first = words[k];
        if (first.length >= 4 && !COMMON.has(first) && !isPlace(first) && isPlace(words.slice(k + 1).join(' ')) && !opNames.has(first)) {
          family.set(first, (family.get(first) ?? 0) + 1);
        }
      }
    }
  });
  for (const [word, n] of family) if (n >= 2) add(word, ENTRY_FAMILY, 0);

  const hasRegions = new Uint8Array(input.operators.length);
  input.sites.forEach((s, si) => {
    if (s.kind === 'region') for (const oi of siteOps[si]) hasRegions[oi] = 1;
  });

  const patterns = [...patternIds.keys()];
  const main = buildAutomaton(patterns);
  const entryStart = new Int32Array(patterns.length + 1);
  const entryType = new Uint8Array(entries.count);
  const entryRef = new Int32Array(entries.count);
  let k = 0;
  for (let p = 0; p < patterns.length; p++) {
    entryStart[p] = k;
    for (let e = entries.first[p]; e >= 0; e = entries.next[e]) {
      entryType[k] = entries.type[e];
      entryRef[k++] = entries.ref[e];
    }
  }
  entryStart[patterns.length] = k;
  return {
    format: 'dc-lens-detector',
    version: INDEX_VERSION,
    main,
    entryStart,
    entryType,
    entryRef,
    patternFlags: Uint8Array.from(flags),
    sites: {
      ids: input.sites.map((s) => s.id),
      names: input.sites.map((s) => s.name),
      kinds: input.sites.map((s) => s.kind),
      operators: siteOps,
      cities: input.sites.map((s) => s.city ?? ''),
      countries: input.sites.map((s) => s.country ?? ''),
      locations: input.sites.map((s) => s.city || (s.country ? (countryByCode(s.country)?.name ?? s.country) : '')),
    },
    operators: {
      ids: input.operators.map((o) => o.id),
      names: input.operators.map((o) => o.name),
      hasRegions,
    },
    places,
  };
}
