/**
 * The place a mention's own sentence gives it: written right after a name ("LD8 in London",
 * "Fairwater, in Atlanta,", "in Pune (PN1 and PN2)"), said by the verb ("is located in Kuna"),
 * the building converted into it, the place before "where" or "for", a fronted "In Lagos," or a
 * list line's "— Hutto, Texas:" label, or the sentence's only place phrase.
 */
import { tokenIndexAt, type Doc, type Sentence } from '../context';
import { forText, UnicodeRegExp } from '../cheap-regexp';
import { subjectIsBareHead } from '../coref-items';
import type { Draft } from '../draft';
import { parseCapacityAt } from './capacity';
import { parsePlacePhrase, type PlacePhrase } from './place';

/**
 * A place the sentence gives the mention, with its state: coreference tells "in Wisconsin" (a
 * state, which a Georgia city is not in) from a country by it, and the resolver narrows by it.
 */
export function takePlace(d: Draft, pl: PlacePhrase): void {
  d.facts.location = pl.text;
  d.country ??= pl.country || null;
  d.city ??= pl.city;
  d.admin ??= pl.admin;
  d.adminKey ??= pl.adminKey;
}

const PLACE_COPULA = /^(?:is|are|was|were|be|will|would|currently|also|now|being|sits|lies|stands)$/;
const LOCATED = /^(?:located|situated|sited)$/;
const BARE_HEAD_WORD = /^(?:facility|site|campus|center|centre|datacenter|datacentre|project|building|complex|cluster|expansion|development|plant)$/;

/**
 * "… is located in Kuna", "… will be in Mesa", "…, which sits near Dublin": a place said of the
 * subject by its verb, read from token k (right after the subject; a relative "which"/"that" may
 * come first when `relative`). Not "is based in" (a company's seat) nor "is in talks".
 */
function predicatePlace(doc: Doc, s: Sentence, k: number, relative: boolean): PlacePhrase | null {
  const tk = s.toks;
  if (k < 0) return null;
  if (relative && tk.text(k) === ',' && /^(?:which|that)$/.test(tk.low(k + 1))) k += 2;
  const from = k;
  while (k < tk.length && k < from + 4 && PLACE_COPULA.test(tk.low(k))) k++;
  if (LOCATED.test(tk.low(k))) k++;
  if (k === from || !/^(?:in|near|outside)$/.test(tk.low(k))) return null;
  const pl = parsePlacePhrase(doc.text, s, k + 1);
  return pl && pl.place?.kind !== 'area' ? pl : null;
}

/** The token after a sentence's subject when it is "It" or a bare reference ("The new facility"); -1 otherwise. */
function subjectEnd(s: Sentence): number {
  const tk = s.toks;
  if (tk.low(0) === 'it') return 1;
  if (!subjectIsBareHead(s)) return -1;
  for (let k = 1; k < Math.min(6, tk.length); k++) if (BARE_HEAD_WORD.test(tk.low(k))) return k + 1;
  return -1;
}

/** The place written right after a name ("LD8 in London", "Fairwater, in Atlanta,") is where it is, whatever was read before. */
function placeRightAfter(d: Draft, pl: PlacePhrase): void {
  d.facts.location = pl.text;
  d.country = pl.country || d.country;
  d.city = pl.city ?? d.city;
  d.admin = pl.admin ?? d.admin;
  d.adminKey = pl.adminKey ?? d.adminKey;
}

/** For a bare name or code: a place right after it ("ICE03 in Akureyri"), and catalog facts. */
export const TOWN_THEN_CODES = new UnicodeRegExp(String.raw`\bin\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)\s*\((?:[\p{Lu}\d-]+\s*(?:,|and)\s*)*$`, 'u');

export function rightOfName(doc: Doc, d: Draft): void {
  const s = d.sentence;
  const tk = s.toks;
  // "a 24 MW KSA3 at …": a size written right before the code is that building's.
  const first = tokenIndexAt(tk, d.start);
  for (let k = Math.max(0, first - 4); k < first && d.facts.capacityMW === null; k++) {
    const c = parseCapacityAt(tk, k);
    if (c && c.last === first - 1) d.facts.capacityMW = c.mw;
  }
  const last = tokenIndexAt(tk, d.end - 1);
  if (/^(in|near|outside|at)$/.test(tk.low(last + 1))) {
    const pl = parsePlacePhrase(doc.text, s, last + 2);
    if (pl) {
      placeRightAfter(d, pl);
      d.end = tk.start(pl.last) + tk.text(pl.last).length;
      return;
    }
  }
  // "the second Fairwater, in Atlanta, has been connected": a place set off by commas right after
  // the name is where it is (the mark stays the name).
  if (tk.text(last + 1) === ',' && /^(in|near|outside)$/.test(tk.low(last + 2))) {
    const pl = parsePlacePhrase(doc.text, s, last + 3);
    if (pl && pl.place?.kind !== 'area' && (pl.last + 1 >= tk.length || /^[,;.)]$/.test(tk.text(pl.last + 1)))) {
      placeRightAfter(d, pl);
      return;
    }
  }
  // "its two campuses in <town> (XY1 and XY2)": codes in brackets after a town are there.
  const before = d.facts.location === null ? doc.text.slice(Math.max(s.start, d.start - 60), d.start) : '';
  const bracketed = d.facts.location === null ? forText(TOWN_THEN_CODES, before).exec(before) : null;
  if (bracketed) {
    const known = s.places.find((p) => p.text === bracketed[1]);
    d.facts.location = bracketed[1];
    if (known?.kind === 'city') d.city ??= known.canonical;
    d.country ??= known?.country || null;
    return;
  }
  // "Asia Pacific (Malaysia)": a place written inside the name is where it is.
  // Not a code name's word: "Project Laurel" may be built anywhere.
  const codeName = /^Project\s/.test(doc.text.slice(d.start, d.end)) || !!d.apposedName;
  const inside = codeName ? [] : s.places.filter((p) => p.start >= d.start && p.end <= d.end && p.kind !== 'area');
  if (inside.length && d.facts.location === null) {
    const p = inside[inside.length - 1];
    // "Stargate UAE": the country is in the name; the catalog knows the city in it.
    const catalogCity = d.site >= 0 && doc.index.sites.countries.at(d.site) === p.country ? doc.index.sites.cities.at(d.site)! : '';
    d.facts.location = p.kind === 'country' ? catalogCity || p.canonical : p.text;
    d.country ??= p.country || null;
    if (p.kind === 'city') d.city ??= p.canonical;
  }
}

const CONVERTS = /^(?:turn|turns|turned|turning|transform|transforms|transformed|transforming|convert|converts|converted|converting|repurpose|repurposes|repurposed|repurposing)$/;

/** The place of what a sentence converts into the mention: "<verb> <building> in <place>, into <mention>". */
function convertedPlace(doc: Doc, d: Draft) {
  const s = d.sentence;
  const tk = s.toks;
  const first = tokenIndexAt(tk, d.start);
  let into = first - 1;
  while (into >= 0 && into >= first - 3 && tk.low(into) !== 'into') into--;
  if (into < 0 || tk.low(into) !== 'into') return null;
  let verb = into - 1;
  while (verb >= 0 && verb >= into - 16 && !CONVERTS.test(tk.low(verb))) verb--;
  if (verb < 0 || !CONVERTS.test(tk.low(verb))) return null;
  for (let i = verb + 1; i < into; i++) {
    if (tk.low(i) !== 'in') continue;
    const pl = parsePlacePhrase(doc.text, s, i + 1);
    if (pl && pl.place?.kind !== 'area') return pl;
  }
  return null;
}

/** "bought land near Dayton, Ohio, where it plans a 90MW campus": the place before "where". */
function placeBeforeWhere(doc: Doc, d: Draft) {
  const s = d.sentence;
  const tk = s.toks;
  const first = tokenIndexAt(tk, d.start);
  let w = first - 1;
  while (w > 1 && w >= first - 10 && tk.low(w) !== 'where' && !/^[;:,]$/.test(tk.text(w))) w--;
  if (w < 2 || tk.low(w) !== 'where' || tk.text(w - 1) !== ',') return null;
  for (let i = w - 2; i >= 0 && i >= w - 10; i--) {
    if (!/^(in|near|outside|at)$/.test(tk.low(i))) continue;
    const pl = parsePlacePhrase(doc.text, s, i + 1);
    return pl && pl.last === w - 2 && pl.place?.kind !== 'area' ? pl : null;
  }
  return null;
}

/**
 * "won approval in Dammam for a 120 MW facility", "bought land in Richmond, Virginia, for a future
 * campus": what is approved or bought in a place is for a facility there.
 */
function placeBeforeFor(doc: Doc, d: Draft) {
  const tk = d.sentence.toks;
  let w = tokenIndexAt(tk, d.start) - 1;
  if (/^(?:a|an|the|its|their|his|her)$/.test(tk.low(w))) w--;
  if (tk.low(w) !== 'for') return null;
  const end = tk.text(w - 1) === ',' ? w - 2 : w - 1;
  for (let i = end - 1; i >= 0 && i >= end - 8; i--) {
    if (!/^(in|near|outside|at)$/.test(tk.low(i))) continue;
    const pl = parsePlacePhrase(doc.text, d.sentence, i + 1);
    return pl && pl.last === end && pl.place?.kind !== 'area' ? pl : null;
  }
  return null;
}

/** "In Lagos, …", "Elsewhere in Kenya, …": a place phrase opening the sentence, set off by a comma before `pos`. */
export function frontedPlace(doc: Doc, s: Sentence, pos: number) {
  const tk = s.toks;
  const labelled = placeLabel(doc, s, pos);
  if (labelled) return labelled;
  const at = tk.low(0) === 'in' ? 0 : tk.low(0) === 'elsewhere' && tk.low(1) === 'in' ? 1 : tk.low(0) === 'meanwhile' && tk.text(1) === ',' && tk.low(2) === 'in' ? 2 : -1;
  if (at < 0 || s.title) return null;
  const pl = parsePlacePhrase(doc.text, s, at + 1);
  if (!pl || tk.text(pl.last + 1) !== ',' || tk.start(pl.last + 1) >= pos || pl.place?.kind === 'area') return null;
  return pl;
}

/** A list item's marker: "—", "•", "-", "*". */
const ITEM_MARK = /^[—–•·▪*-]$/;

/**
 * "— Pryor, Oklahoma: 250 MW campus in planning", "MIDLOTHIAN: opened 2022": a fact box's or a
 * list's line that opens with a place and a colon places what follows the colon.
 */
function placeLabel(doc: Doc, s: Sentence, pos: number) {
  const tk = s.toks;
  let at = 0;
  while (at < 2 && ITEM_MARK.test(tk.text(at))) at++;
  // A line of its own: nothing but spaces between the line's start and the sentence's.
  if (s.title || !/^\s*$/.test(doc.text.slice(doc.text.lastIndexOf('\n', s.start - 1) + 1, s.start))) return null;
  const pl = parsePlacePhrase(doc.text, s, at);
  // A place the gazetteer knows: "Analyst:", "Photo:" and "Note:" label other lines.
  if (!pl?.place || pl.place.kind === 'area' || tk.text(pl.last + 1) !== ':' || tk.start(pl.last + 1) >= pos) return null;
  return pl;
}

export function onlyPlacePhrase(doc: Doc, s: Sentence) {
  const found = [];
  for (let i = 0; i < s.toks.length; i++) {
    if (!/^(in|near|outside)$/.test(s.toks.low(i))) continue;
    const pl = parsePlacePhrase(doc.text, s, i + 1);
    if (pl && pl.place?.kind !== 'area') found.push(pl);
  }
  return found.length === 1 ? found[0] : null;
}

/** The place a described mention's sentence gives it ("a 90MW campus"): a converted building's, before "where" or "for", or said by the verb. */
export function phrasePlace(doc: Doc, d: Draft): PlacePhrase | null {
  return convertedPlace(doc, d) ?? placeBeforeWhere(doc, d) ?? placeBeforeFor(doc, d) ?? predicatePlace(doc, d.sentence, tokenIndexAt(d.sentence.toks, d.end - 1) + 1, true);
}

/** "The facility is located in Kuna, Idaho": the place a sentence about the facility just named ("It", "The new facility") says it is in. */
export function placeSaidOfSubject(doc: Doc, s: Sentence): PlacePhrase | null {
  return predicatePlace(doc, s, subjectEnd(s), false);
}
