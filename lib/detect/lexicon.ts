/**
 * Compiles catalog names into the detector index: one word automaton holding every site alias,
 * operator alias and head word, plus the place table. Runs where the catalog lives (background,
 * CLI); the result is plain data (serializeIndex/loadIndex).
 */
import { codeSpellings } from '../catalog/site-codes';
import { countryByCode } from '../geo/countries';
import { US_STATES } from '../geo/us-states';
import { buildAutomaton } from './automaton';
import { getPlaceTable } from './gazetteer';
import { EntryLists } from './lexicon-entries';
import { placeNamesOf, type PlaceNames } from './lexicon-places';
import { indexIn, withoutWords, WordBounds } from './lexicon-words';
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
} from './index-format';
import { normalizeForMatch } from './normalize';
import { shortOperatorNames } from '../catalog/operator-short-names';
import { HEADS, NON_DC_MODIFIERS, PREMODIFIERS } from './vocab';
import { sortedFolds } from './operator-fold';
import { firstUse } from './cheap-regexp';

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
const lettersOnly = firstUse(() => /^\p{L}{3,}$/u);

/** What a plant of another trade is called after its modifier ("landing station", "power plant"). */
const LANDING_STATION = /(?:^| )landing stations?(?: |$)/;
const NON_DC_HEADS = new Set(['station', 'stations', 'plant', 'plants', 'works', 'terminal', 'depot', 'yard', 'mill', 'factory']);

/** Words any data center's name may hold ("data center", "campus", "new"), and numbers. */
export function genericWordsOnly(norm: string): boolean {
  return norm.split(' ').every((w) => !w || GENERIC_NAME_WORDS.has(w) || ALL_DIGITS.test(w));
}

/** A catalog name that would mark ordinary text: generic words only, or one short word ("Data"). */
export function genericName(norm: string): boolean {
  if (genericWordsOnly(norm)) return true;
  return norm.split(' ').filter(Boolean).length === 1 && norm.length <= 4 && !DIGIT.test(norm);
}

/** genericName of a normalised string whose words are `w` (its single spaces: no empty word). */
function genericWords(norm: string, w: WordBounds): boolean {
  let every = true;
  for (let k = 0; k < w.count && every; k++) {
    const word = w.word(norm, k);
    every = GENERIC_NAME_WORDS.has(word) || ALL_DIGITS.test(word);
  }
  if (every) return true;
  return w.count === 1 && norm.length <= 4 && !DIGIT.test(norm);
}

/**
 * An alias that could be an ordinary word or a place: it needs a data-center word or its operator
 * nearby. `norm` is not a place itself (the compiler left places out before asking).
 */
function needsContext(norm: string, w: WordBounds, isPlace: PlaceNames): boolean {
  const hasDigit = DIGIT.test(norm);
  if (norm.length <= 4) return true;
  if (w.count === 1 && !hasDigit) return true;
  let every = true;
  for (let k = 0; k < w.count && every; k++) {
    const word = w.word(norm, k);
    every = COMMON.has(word) || ALL_DIGITS.test(word) || isPlace.has(word);
  }
  if (every) return true;
  // "Spring Street", "River Park", "Copper Ridge": a street's, a park's or a hill's name, which text
  // uses for the street, the park or the hill far more often than for a data center named after it.
  if (w.count === 2 && !hasDigit && LANDMARKS.has(w.word(norm, 1))) return true;
  return false;
}

const LANDMARKS = new Set(
  `street st avenue ave road rd boulevard blvd lane drive way highway parkway pike park parks ridge hill hills
  creek river lake valley point crossing plaza square grove field fields farm farms meadow meadows springs
  woods forest heights estate estates commons landing junction corner gardens garden trail`.split(/\s+/),
);

const CORPORATE = new Set(['centers', 'centres', 'center', 'centre', 'datacenters', 'corporation', 'corp', 'inc', 'llc', 'ltd', 'company', 'group', 'holdings', 'partners', 'data', 'services', 'data services', 'cloud', 'global', 'systems', 'technologies', 'infrastructure', 'development', 'properties', 'realty', 'ventures', 'capital', 'trust', 'reit']);
/** Last words that make a name a company's ("… Partners", "… Holdings"), not a facility's. */
const COMPANY_SUFFIX = new Set(['corporation', 'corp', 'inc', 'incorporated', 'llc', 'ltd', 'limited', 'plc', 'gmbh', 'ag', 'partners', 'platforms', 'holdings', 'advisors', 'advisers', 'agency', 'group', 'capital', 'realty', 'ventures', 'company']);
/** Last words that say what kind of thing or work a name is, not which one ("Tokyo region", "Abilene Expansion"). */
const GENERIC_TAIL = /\b(region|cloud|data center|data centre|datacenter|campus|site|facility|zone|expansion|extension|annex)$/;

/**
 * "hillsboro oregon", "frankfurt am main hesse": a run of known places, which text writes for the
 * place ("Hillsboro, Oregon"), never for one site there. Places may span several words.
 */
function placesOnly(norm: string, w: WordBounds, isPlace: PlaceNames): boolean {
  let n = w.count;
  // "lima oh": a US state's code after a place is a place too.
  if (n > 1 && w.end[n - 1] - w.start[n - 1] === 2 && US_STATES[w.word(norm, n - 1).toUpperCase()]) n--;
  if (placeRuns.length <= n) placeRuns = new Uint8Array(n * 2);
  // placeRuns[end]: words 0 .. end - 1 are a run of places. A run of words is the slice of `norm`
  // from the first one's start to the last one's end (one space between words).
  const ok = placeRuns;
  ok[0] = 1;
  for (let end = 1; end <= n; end++) {
    ok[end] = 0;
    for (let start = Math.max(0, end - 4); start < end && !ok[end]; start++) ok[end] = ok[start] && isPlace.hasRange(norm, w.start[start], w.end[end - 1]) ? 1 : 0;
  }
  return ok[n] === 1;
}

let placeRuns = new Uint8Array(32);

/**
 * "fra9", "ld8", "sg5": shaped like a facility code, which several companies may use; "2b" (a
 * building's label) and "unit 2", "hall 3" (a part of any plant) say even less without the company.
 */
const CODE_SHAPED = /^(?:[a-z]{1,5}\d{1,3}[a-z]?|\d{1,3}[a-z]{1,2}|(?:unit|building|bldg|hall|data hall|phase|block|tower|lab|module|pod|suite|floor|wing|plot|lot|zone|sector|room|batiment|bloc|halle|gebaude|edificio|predio) [a-z]?\d{1,3}[a-z]?)$/;

const restWords = new WordBounds();

/**
 * "Meta Hyperion" -> "Hyperion", "Azure Japan East" -> "Japan East"; but not a place ("Google
 * Cloud Tokyo" -> "Tokyo"), a place plus a generic word ("Tokyo region") or a corporate word.
 */
function derivable(rest: string, isPlace: PlaceNames, bracketed: boolean): boolean {
  if (rest.length <= 3 || isPlace.has(rest)) return false;
  const words = rest.split(' ');
  if ((!bracketed && placesOnly(rest, restWords.of(rest), isPlace)) || CORPORATE.has(rest)) return false;
  if (words.every((w) => CORPORATE.has(w) || COMMON.has(w))) return false;
  // "Acme Cable Landing Station" without its company is a kind of plant, not a name.
  if (words.some((w) => NON_DC_MODIFIERS.has(w)) && words.every((w) => NON_DC_MODIFIERS.has(w) || GENERIC_NAME_WORDS.has(w) || NON_DC_HEADS.has(w))) return false;
  const withoutTail = rest.replace(GENERIC_TAIL, '').trim();
  if (withoutTail !== rest && (isPlace.has(withoutTail) || withoutTail === '')) return false;
  // At least one real word of its own: not "100k", not "global data centers".
  if (!words.some((w) => lettersOnly().test(w) && !COMMON.has(w) && !CORPORATE.has(w))) return false;
  return words.length > 1 || DIGIT.test(rest) || !COMMON.has(rest);
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

const aliasWords = new WordBounds();
const unbrandedWords = new WordBounds();

/** A site's operators by number, those the lexicon has; an array of its exact size (most sites have one). */
function operatorsOf(ids: readonly string[], opIndex: ReadonlyMap<string, number>): number[] {
  if (ids.length === 1) {
    const oi = opIndex.get(ids[0]);
    return oi === undefined ? [] : [oi];
  }
  const ops: number[] = [];
  for (const id of ids) {
    const oi = opIndex.get(id);
    if (oi !== undefined) ops.push(oi);
  }
  return ops;
}

const ACRONYM = /^[A-Z0-9&]{1,5}$/;

export function compileIndex(input: { sites: readonly LexiconSite[]; operators: readonly LexiconOperator[] }): DetectorIndex {
  const places = getPlaceTable();
  const isPlace = placeNamesOf(places);
  const patternIds = new Map<string, number>();
  // A pattern's entries, in the order added, as a list linked through flat arrays of numbers: a
  // small array per pattern and per entry all lived to the end of the compile, and the scavenger
  // copied every one of them.
  const entries = new EntryLists();
  const flags: number[] = [];
  // `known`: the pattern's id if the caller has just looked it up (undefined: a new pattern).
  const addTo = (norm: string, known: number | undefined, type: number, ref: number, flag: number) => {
    let id = known;
    if (id === undefined) {
      id = entries.newList();
      patternIds.set(norm, id);
      flags.push(0);
    }
    entries.addOnce(id, type, ref);
    flags[id] |= flag;
  };
  const addNormalized = (norm: string, type: number, ref: number, flag = 0) => {
    if (norm) addTo(norm, patternIds.get(norm), type, ref, flag);
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
    const short = shortOperatorNames(o.name, isPlace.has).filter((n) => !ownNames.has(normalizeForMatch(n)));
    const names = [o.name, ...o.aliases, ...short];
    const norms = names.map(normalizeForMatch);
    opNormNames.push(norms);
    // An acronym ("BT", "ATE") names the company only when written in capitals, not the word "ate".
    names.forEach((n, k) => addNormalized(norms[k], ENTRY_OPERATOR, i, ACRONYM.test(n.trim()) ? FLAG_ACRONYM : 0));
  });

  const operatorNames = namesAndLeadingWords(opNormNames);
  const siteOps: number[][] = [];
  // Every site's name and aliases normalised once, in order, repeats kept (the name families count
  // them): site i's are nameNorms[nameStart[i]] .. nameNorms[nameStart[i + 1] - 1].
  const nameNorms: string[] = [];
  const nameStart = new Int32Array(input.sites.length + 1);
  // One site's aliases at a time, each once, in order, with its normalised form (derived ones are
  // added after), and the derived names of a bracketed alias: lists reused from site to site (a
  // few small arrays per site were most of what this loop allocated).
  const aliases: string[] = [];
  const norms: string[] = [];
  const bracketed: string[] = [];
  input.sites.forEach((s, i) => {
    const ops = operatorsOf(s.operatorIds, opIndex);
    siteOps.push(ops);
    nameStart[i] = nameNorms.length;
    let count = 0;
    const listed = s.aliases.length + 1;
    for (let k = 0; k <= listed; k++) {
      // The name, its aliases, then its region code.
      const a = k === 0 ? s.name : k < listed ? s.aliases[k - 1] : s.regionCode;
      if (!a) continue;
      const norm = normalizeForMatch(a);
      if (k < listed) nameNorms.push(norm);
      if (indexIn(aliases, count, a) >= 0) continue;
      aliases[count] = a;
      norms[count++] = norm;
    }
    let bracketedCount = 0;
    // A record named as a landing station marks nothing, by none of its names ("BLOX Myrtle Beach").
    const station = count > 0 && LANDING_STATION.test(norms[0]);
    // "Meta Hyperion" is also written "Hyperion": the name without its operator's name.
    for (let k = 0, listedCount = count; k < listedCount; k++) {
      const a = aliases[k];
      const norm = norms[k];
      for (const oi of ops) {
        // Without the longest of the company's names it begins with: "Amazon Web Services data
        // center" less "Amazon" would leave "Web Services data center", a name of the company's own.
        let longest = '';
        for (const on of opNormNames[oi]) if (on && on.length > longest.length && norm.charCodeAt(on.length) === 32 && norm.startsWith(on)) longest = on;
        for (const on of longest ? [longest] : []) {
          const rest = norm.slice(on.length + 1);
          if (derivable(rest, isPlace, a.includes('('))) {
            if (indexIn(aliases, count, rest) < 0) {
              aliases[count] = rest;
              // Already normalised: a piece of `norm` after a space (folding is idempotent).
              norms[count++] = rest;
            }
            if (a.includes('(')) bracketed[bracketedCount++] = rest;
          }
        }
      }
    }
    for (let k = 0; k < count; k++) {
      const a = aliases[k];
      const norm = norms[k];
      if (!norm || norm.length < 2) continue;
      // "Tokyo", "Hillsboro, Oregon" name places; the resolver maps places to sites. A region's
      // "Asia Pacific (Malaysia)" is its own name, read only near a data-center word.
      if (isPlace.has(norm)) continue;
      const words = aliasWords.of(norm);
      if (!a.includes('(') && indexIn(bracketed, bracketedCount, a) < 0 && placesOnly(norm, words, isPlace)) continue;
      // "Global Switch" (a site filed under its company's name), "Microsoft - Azure Datacenter":
      // without its operator's names the alias says nothing, and it would mark the company.
      let unbranded = norm;
      for (const oi of ops) for (const on of opNormNames[oi]) if (on) unbranded = withoutWords(unbranded, on);
      if (genericWords(norm, words) || (unbranded !== norm && (unbranded === '' || genericWords(unbranded, unbrandedWords.of(unbranded))))) continue;
      if (operatorNames.has(norm)) continue;
      // "Telxius Cable Landing Station Virginia Beach": a landing station is never a mention (LABELING),
      // though a catalog may file one beside the data centers it serves (it may still be a card).
      if (station || LANDING_STATION.test(norm)) continue;
      // "Riot Platforms", "Energy Capital Partners": a record filed under a company's name, whoever
      // its operator is, would mark the company wherever news names it.
      if (words.count > 1 && COMPANY_SUFFIX.has(words.word(norm, words.count - 1))) continue;
      // An alias equal to an operator name or a head word would turn every mention of it into this site.
      const existing = patternIds.get(norm);
      if (existing !== undefined && entries.hasType(existing, ENTRY_OPERATOR, ENTRY_HEAD)) continue;
      // A code-shaped name ("Digital Realty FRA9" read as "FRA9") is a code: its operator must be near.
      addTo(norm, existing, ENTRY_SITE, i, (needsContext(norm, words, isPlace) ? FLAG_NEEDS_CONTEXT : 0) | (CODE_SHAPED.test(norm) ? FLAG_NEEDS_CONTEXT | FLAG_NEEDS_OPERATOR : 0));
    }
  });
  nameStart[input.sites.length] = nameNorms.length;

  // Facility codes are operator-qualified: "Equinix LD8" always names the site; "LD8" alone only
  // with Equinix nearby, so another company's LD8 (or a part number) is never this site.
  // Each code in every spelling news uses ("TY11", "TY-11", "TY 11"; "AMS-01" run together).
  // Both parts are normalised already, so the joined pattern is too (folding is idempotent).
  input.sites.forEach((s, i) => {
    // A landing station's cable ("TAT-14" of "… Cable Landing Station (TAT-14)") is no facility code.
    if (!s.codes?.length || LANDING_STATION.test(nameNorms[nameStart[i]] ?? '')) return;
    for (const code of s.codes.flatMap(codeSpellings)) {
      const norm = normalizeForMatch(code);
      if (!norm || norm.length < 2) continue;
      for (const oi of siteOps[i]) for (const on of opNormNames[oi]) if (on) addNormalized(`${on} ${norm}`, ENTRY_SITE, i);
      addNormalized(norm, ENTRY_SITE, i, FLAG_NEEDS_CONTEXT | FLAG_NEEDS_OPERATOR);
    }
  });

  // Name families: "Stargate Abilene", "Stargate UAE" -> "Stargate" followed by a place names a site.
  const family = new Map<string, number>();
  const opNames = new Set(opNormNames.flat());
  // "DC BLOX Atlanta", "DC BLOX Huntsville": a word of a company's name before a place is that
  // company's site in the place, no family of names ("BLOX Myrtle Beach" would mark any of its records).
  const opWords = new Set(opNormNames.flat().flatMap((n) => (n.includes(' ') ? n.split(' ') : [])));
  input.sites.forEach((s, si) => {
    // The name and aliases as listed (not the region code), repeats counted.
    for (let a = nameStart[si]; a < nameStart[si + 1]; a++) {
      const norm = nameNorms[a];
      const words = aliasWords.of(norm);
      for (let k = 0; k + 1 < words.count; k++) {
        // A word of four letters or more followed by a place: the rest of `norm` (asked first, as
        // it nearly never is, without cutting the word out).
        if (words.end[k] - words.start[k] < 4 || !isPlace.hasRange(norm, words.start[k + 1], norm.length)) continue;
        const first = words.word(norm, k);
        if (!COMMON.has(first) && !isPlace.has(first) && !opNames.has(first) && !opWords.has(first)) {
          family.set(first, (family.get(first) ?? 0) + 1);
        }
      }
    }
  });
  for (const [word, n] of family) if (n >= 2) add(word, ENTRY_FAMILY, 0);

  // Numbered families: "Delta Forge 1" and "Delta Forge 2" in the catalog make "Delta Forge" a
  // family whose other numbers ("Delta Forge 3") name siblings the catalog may lack. Two words
  // before the number, neither common, a place nor a company's name, in two sites or more.
  const numbered = new Map<string, number>();
  const lastSite = new Map<string, number>();
  input.sites.forEach((_, si) => {
    for (let a = nameStart[si]; a < nameStart[si + 1]; a++) {
      const norm = nameNorms[a];
      const words = aliasWords.of(norm);
      for (let k = 2; k < words.count; k++) {
        if (words.end[k] - words.start[k] > 2 || !ALL_DIGITS.test(words.word(norm, k))) continue;
        const w1 = words.word(norm, k - 2);
        const w2 = words.word(norm, k - 1);
        if (w1.length < 3 || w2.length < 3 || COMMON.has(w1) || COMMON.has(w2) || DIGIT.test(w1) || DIGIT.test(w2) || opNames.has(w1) || opNames.has(w2)) continue;
        const prefix = norm.slice(words.start[k - 2], words.end[k - 1]);
        // "Sterling VA 2", "San Francisco 2", "Eu Frankfurt 3": a place and a number are a town's buildings or a region, no family name.
        if (isPlace.has(w1) || isPlace.has(w2) || isPlace.has(prefix)) continue;
        if (lastSite.get(prefix) === si) continue;
        lastSite.set(prefix, si);
        numbered.set(prefix, (numbered.get(prefix) ?? 0) + 1);
      }
    }
  });
  for (const [prefix, n] of numbered) if (n >= 2) addNormalized(prefix, ENTRY_FAMILY, 0);

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
      folded: sortedFolds(input.operators.map((o) => o.name)),
      kinds: input.operators.map((o) => o.kind ?? ''),
      countries: input.operators.map((o) => o.hqCountry ?? ''),
    },
    places,
  };
}
