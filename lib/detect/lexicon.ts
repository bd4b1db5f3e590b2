/**
 * Compiles catalog names into the detector index: one word automaton holding every site alias,
 * operator alias and head word, plus the place table. Runs where the catalog lives (background,
 * CLI); the result is plain data (serializeIndex/loadIndex).
 */
import { sliceOf } from '../codec/string-column';
import { countryByCode } from '../geo/countries';
import { buildAutomaton } from './automaton';
import { getPlaceTable } from './gazetteer';
import {
  ENTRY_FAMILY,
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
import { HEADS, PREMODIFIERS } from './vocab';

export type { DetectorIndex, LexiconOperator, LexiconSite, SerializedIndex } from './index-format';

const COMMON = new Set(
  `the a an of and in on at for to new data center centre campus site project region cloud one two three
  north south east west central main first second third park city`.split(/\s+/),
);

/** Words that describe any data center: a name made only of them ("New Data Center", "The Cloud") names none. */
const GENERIC_NAME_WORDS = new Set([...COMMON, ...HEADS.flatMap((h) => h.phrase.split(' ')), ...PREMODIFIERS, 'tier', 'ii', 'iii', 'iv', 'dc', 'idc', 'hub', 'centers', 'centres']);

/** A catalog name that would mark ordinary text: generic words only, or one short word ("Data"). */
export function genericName(norm: string): boolean {
  const words = norm.split(' ').filter(Boolean);
  if (words.every((w) => GENERIC_NAME_WORDS.has(w) || /^\d+$/.test(w))) return true;
  return words.length === 1 && norm.length <= 4 && !/\d/.test(norm);
}

/** An alias that could be an ordinary word or a place: it needs a data-center word or its operator nearby. */
function needsContext(norm: string, placeKeys: (s: string) => boolean): boolean {
  const words = norm.split(' ');
  const hasDigit = /\d/.test(norm);
  if (norm.length <= 4) return true;
  if (words.length === 1 && !hasDigit) return true;
  if (words.every((w) => COMMON.has(w) || /^\d+$/.test(w) || placeKeys(w))) return true;
  if (placeKeys(norm)) return true;
  return false;
}

const CORPORATE = new Set(['centers', 'centres', 'center', 'centre', 'datacenters', 'corporation', 'corp', 'inc', 'llc', 'ltd', 'company', 'group', 'holdings', 'partners', 'data', 'services', 'data services', 'cloud', 'global', 'systems', 'technologies', 'infrastructure', 'development', 'properties', 'realty', 'ventures', 'capital', 'trust', 'reit']);
const GENERIC_TAIL = /\b(region|cloud|data center|data centre|datacenter|campus|site|facility|zone)$/;

/**
 * "hillsboro oregon", "frankfurt am main hesse": a run of known places, which text writes for the
 * place ("Hillsboro, Oregon"), never for one site there. Places may span several words.
 */
function placesOnly(norm: string, isPlace: (s: string) => boolean): boolean {
  const words = norm.split(' ');
  const ok: boolean[] = [true];
  for (let end = 1; end <= words.length; end++) {
    ok[end] = false;
    for (let start = Math.max(0, end - 4); start < end && !ok[end]; start++) ok[end] = ok[start] && isPlace(words.slice(start, end).join(' '));
  }
  return ok[words.length];
}

/** "fra9", "ld8", "sg5": shaped like a facility code, which several companies may use. */
const CODE_SHAPED = /^[a-z]{1,5}\d{1,3}[a-z]?$/;

/**
 * "Meta Hyperion" -> "Hyperion", "Azure Japan East" -> "Japan East"; but not a place ("Google
 * Cloud Tokyo" -> "Tokyo"), a place plus a generic word ("Tokyo region") or a corporate word.
 */
function derivable(rest: string, isPlace: (s: string) => boolean, bracketed: boolean): boolean {
  if (rest.length <= 3 || isPlace(rest) || (!bracketed && placesOnly(rest, isPlace)) || CORPORATE.has(rest)) return false;
  const words = rest.split(' ');
  if (words.every((w) => CORPORATE.has(w) || COMMON.has(w))) return false;
  const withoutTail = rest.replace(GENERIC_TAIL, '').trim();
  if (withoutTail !== rest && (isPlace(withoutTail) || withoutTail === '')) return false;
  // At least one real word of its own: not "100k", not "global data centers".
  if (!words.some((w) => /^\p{L}{3,}$/u.test(w) && !COMMON.has(w) && !CORPORATE.has(w))) return false;
  return words.length > 1 || /\d/.test(rest) || !COMMON.has(rest);
}

/**
 * The place table's names as a set, made once per table: building it (tens of thousands of
 * strings) cost as much as the rest of a compile, and the table is shared by every compile.
 */
const placeSets = new WeakMap<PlaceTable, Set<string>>();
function placeSetOf(places: PlaceTable): Set<string> {
  let set = placeSets.get(places);
  if (!set) placeSets.set(places, (set = new Set(sliceOf(places.automaton.patterns, 0, places.automaton.patterns.length))));
  return set;
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

export function compileIndex(input: { sites: readonly LexiconSite[]; operators: readonly LexiconOperator[] }): DetectorIndex {
  const places = getPlaceTable();
  const placeSet = placeSetOf(places);
  const isPlace = (s: string) => placeSet.has(s);
  const patternIds = new Map<string, number>();
  const entries: Array<Array<[number, number]>> = [];
  const flags: number[] = [];
  const add = (alias: string, type: number, ref: number, flag = 0) => {
    const norm = normalizeForMatch(alias);
    if (!norm) return;
    let id = patternIds.get(norm);
    if (id === undefined) {
      id = entries.length;
      patternIds.set(norm, id);
      entries.push([]);
      flags.push(0);
    }
    const list = entries[id];
    if (!list.some(([t, r]) => t === type && r === ref)) list.push([type, ref]);
    flags[id] |= flag;
  };

  HEADS.forEach((h, i) => add(h.phrase, ENTRY_HEAD, i));

  const opIndex = new Map<string, number>();
  const opNormNames: string[][] = [];
  input.operators.forEach((o, i) => {
    opIndex.set(o.id, i);
    const names = [o.name, ...o.aliases];
    opNormNames.push(names.map(normalizeForMatch));
    // An acronym ("BT", "ATE") names the company only when written in capitals, not the word "ate".
    for (const n of names) add(n, ENTRY_OPERATOR, i, /^[A-Z0-9&]{1,5}$/.test(n.trim()) ? FLAG_ACRONYM : 0);
  });

  const operatorNames = namesAndLeadingWords(opNormNames);
  const siteOps: number[][] = [];
  input.sites.forEach((s, i) => {
    const ops = s.operatorIds.map((id) => opIndex.get(id)).filter((x): x is number => x !== undefined);
    siteOps.push(ops);
    const aliases = new Set([s.name, ...s.aliases, ...(s.regionCode ? [s.regionCode] : [])]);
    const bracketed = new Set<string>();
    // "Meta Hyperion" is also written "Hyperion": the name without its operator's name.
    for (const a of [...aliases]) {
      const norm = normalizeForMatch(a);
      for (const oi of ops) {
        for (const on of opNormNames[oi]) {
          if (!on || !norm.startsWith(on + ' ')) continue;
          const rest = norm.slice(on.length + 1);
          if (derivable(rest, isPlace, a.includes('('))) {
            aliases.add(rest);
            if (a.includes('(')) bracketed.add(rest);
          }
        }
      }
    }
    for (const a of aliases) {
      const norm = normalizeForMatch(a);
      if (!norm || norm.length < 2) continue;
      // "Tokyo", "Hillsboro, Oregon" name places; the resolver maps places to sites. A region's
      // "Asia Pacific (Malaysia)" is its own name, read only near a data-center word.
      if (isPlace(norm) || (!a.includes('(') && !bracketed.has(a) && placesOnly(norm, isPlace))) continue;
      // "Global Switch" (a site filed under its company's name), "Microsoft - Azure Datacenter":
      // without its operator's names the alias says nothing, and it would mark the company.
      const unbranded = ops.reduce((rest, oi) => opNormNames[oi].reduce((r, on) => (on && r.includes(on) && (` ${r} `).includes(` ${on} `) ? ` ${r} `.replace(` ${on} `, ' ').trim() : r), rest), norm);
      if (genericName(norm) || (unbranded !== norm && (unbranded === '' || genericName(unbranded)))) continue;
      if (operatorNames.has(norm)) continue;
      // An alias equal to an operator name or a head word would turn every mention of it into this site.
      const existing = patternIds.get(norm);
      if (existing !== undefined && entries[existing].some(([t]) => t === ENTRY_OPERATOR || t === ENTRY_HEAD)) continue;
      // A code-shaped name ("Digital Realty FRA9" read as "FRA9") is a code: its operator must be near.
      add(a, ENTRY_SITE, i, (needsContext(norm, isPlace) ? FLAG_NEEDS_CONTEXT : 0) | (CODE_SHAPED.test(norm) ? FLAG_NEEDS_CONTEXT | FLAG_NEEDS_OPERATOR : 0));
    }
  });

  // Facility codes are operator-qualified: "Equinix LD8" always names the site; "LD8" alone only
  // with Equinix nearby, so another company's LD8 (or a part number) is never this site.
  input.sites.forEach((s, i) => {
    for (const code of s.codes ?? []) {
      const norm = normalizeForMatch(code);
      if (!norm || norm.length < 2) continue;
      for (const oi of siteOps[i]) for (const on of opNormNames[oi]) if (on) add(`${on} ${norm}`, ENTRY_SITE, i);
      add(code, ENTRY_SITE, i, FLAG_NEEDS_CONTEXT | FLAG_NEEDS_OPERATOR);
    }
  });

  // Name families: "Stargate Abilene", "Stargate UAE" -> "Stargate" followed by a place names a site.
  const family = new Map<string, number>();
  for (const s of input.sites) {
    for (const a of [s.name, ...s.aliases]) {
      const words = normalizeForMatch(a).split(' ');
      for (let k = 0; k + 1 < words.length; k++) {
        const first = words[k];
        const rest = words.slice(k + 1).join(' ');
        if (first.length >= 4 && !COMMON.has(first) && !isPlace(first) && isPlace(rest) && !opNormNames.some((ns) => ns.includes(first))) {
          family.set(first, (family.get(first) ?? 0) + 1);
        }
      }
    }
  }
  for (const [word, n] of family) if (n >= 2) add(word, ENTRY_FAMILY, 0);

  const hasRegions = new Uint8Array(input.operators.length);
  input.sites.forEach((s, si) => {
    if (s.kind === 'region') for (const oi of siteOps[si]) hasRegions[oi] = 1;
  });

  const patterns = [...patternIds.keys()];
  const main = buildAutomaton(patterns);
  const entryStart = new Int32Array(patterns.length + 1);
  let total = 0;
  entries.forEach((e, i) => {
    entryStart[i] = total;
    total += e.length;
  });
  entryStart[patterns.length] = total;
  const entryType = new Uint8Array(total);
  const entryRef = new Int32Array(total);
  let k = 0;
  for (const e of entries) {
    for (const [t, r] of e) {
      entryType[k] = t;
      entryRef[k++] = r;
    }
  }
  return {
    format: 'dc-lens-detector',
    version: 1,
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
