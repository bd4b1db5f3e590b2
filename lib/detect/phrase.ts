/**
 * The noun phrase around a head word ("data center", "campus", "facility", ...): its modifiers
 * on the left (ordinal, capacity, money, place, operator, name, adjectives) and on the right
 * ("in <place>", "with <N> GPUs", "called <name>"), and whether it names one specific facility.
 */
import { ENTRY_SITE } from './index-format';
import type { Doc, Hit, PlaceSpan, Sentence } from './context';
import { tokenIndexAt } from './context';
import { parseCapacityAt } from './facts/capacity';
import { capitalisedInRunningText } from './casing';
import { writtenApart } from './spaced-code';
import { parseMoneyAt, type ParsedMoney } from './facts/money';
import { endsLongerName, type Org } from './facts/operator';
import { parseOrdinalAt, type ParsedOrdinal } from './facts/ordinal';
import type { PlacePhrase } from './facts/place';
import { parseNumberAt } from './facts/numbers';
import type { Tokens } from './tokens';
import type { SiteKind } from './types';
import {
  DC_MODIFIERS,
  DETERMINERS,
  HEADS,
  MONTHS,
  NON_DC_MODIFIERS,
  NOT_NAMES,
  POSSESSIVE_PRONOUNS,
  PREMODIFIERS,
  REGION_ADJECTIVES,
  PLACE_ADJECTIVES,
  WEEKDAYS,
  type HeadWord,
} from './vocab';
import { UnicodeRegExp, matches } from './cheap-regexp';
import { companyStart, orgBackFrom, placeStartsAt } from './phrase/lookups';
import { companyOfRelativeClause } from './phrase/relative-clause';
import { headsAPhrase } from './phrase/head-gate';
import { readRight } from './phrase/right-walk';
import { startWalk } from './phrase/walk';

export interface Phrase {
  start: number;
  end: number;
  kind: SiteKind;
  head: HeadWord;
  headStart: number;
  headEnd: number;
  sentence: Sentence;
  ordinal: ParsedOrdinal | null;
  capacityMW: number | null;
  gpus: number | null;
  money: ParsedMoney | null;
  place: PlacePhrase | null;
  /** Place written before the head ("Tokyo data center"). */
  prePlace: PlaceSpan | null;
  operator: Org | null;
  /** "its", "their", "the company's": the operator is the clause subject. */
  pronounOwner: boolean;
  name: string | null;
  /** Catalog site named inside the phrase. */
  siteHit: Hit | null;
  dcModifier: boolean;
  nonDc: boolean;
  /** Introduced by "the" / "this" (points back to a facility already mentioned). */
  definite: boolean;
  /** Introduced by "a" / "an". */
  indefinite: boolean;
  /** "a rival's data center": its owner is described, not named. */
  commonOwner: boolean;
  /** "Every new data center in Virginia", "the average data center in Ireland": any one of a kind, not one facility. */
  quantified: boolean;
}

/** Words that make a capitalised name a company or plant of another trade ("Green Energy Giga Complex"). */
const NON_DC_NAME_WORDS = new Set(['energy', 'solar', 'steel', 'motors', 'chemicals', 'refinery', 'petroleum', 'oil', 'gas', 'mining', 'battlefield', 'national', 'memorial', 'stadium', 'airport', 'hospital', 'university', 'college', 'school', 'museum', 'mall']);
/** Heads that, after a data-center word, name an area's many facilities rather than one. */
const AREA_HEADS = /^(?:cluster|hub)$/;
const GPU_UNIT = /^(gpu|gpus|chip|chips|accelerator|h100|h200|b200|gb200)$/;
/** "Meta-owned", "Google-operated": the company before the hyphen runs the facility. */
const OWNED = /^(?:owned|operated|run|developed)$/;

/** Builds the phrase around a head hit; null when the head is used as a modifier or stands alone. */
export function buildPhrase(doc: Doc, s: Sentence, hit: Hit, head: HeadWord): Phrase | null {
  const tk = s.toks;
  const hi = tokenIndexAt(tk, hit.start);
  const hj = tokenIndexAt(tk, hit.end - 1);
  if (hi < 0 || hj < 0) return null;
  const w = startWalk(doc, s, hit, head, hi, hj);
  const p = w.p;
  const headCap = w.headCap;
  if (!headsAPhrase(w)) return null;

  // --- Left side: modifiers ---
  let i = hi - 1;
  let start = hi;
  let sawDeterminer = false;
  let unitStart = -1;
  let brand = -1;
  while (i >= 0) {
    const ti = i;
    // Multi-token units that end at i.
    const unit = unitEndingAt(doc, s, i);
    if (unit) {
      if (unit.kind === 'capacity') p.capacityMW ??= unit.value;
      else if (unit.kind === 'gpus') p.gpus ??= unit.value;
      else if (unit.kind === 'money') p.money ??= unit.money ?? null;
      start = unit.first;
      unitStart = unit.first;
      i = unit.first - 1;
      continue;
    }
    // "a $2 billion, 180-megawatt campus": a comma between two amount modifiers after an article
    // (not "bought land for $40 million, 300-megawatt plans …").
    if (tk.text(ti) === ',' && i > 0 && unitStart === i + 1) {
      const u = unitEndingAt(doc, s, i - 1);
      if (u && (DETERMINERS.has(tk.low(u.first - 1)) || POSSESSIVE_PRONOUNS.has(tk.low(u.first - 1)))) {
        i--;
        continue;
      }
    }
    // "its FRA-3 campus": a hyphenated code (letters, hyphen, number, written together) is a name.
    if (tk.num(ti) && tk.glued(ti) && i >= 2 && tk.text(i - 1) === '-' && tk.glued(i - 1) && /^\p{Lu}{2,4}$/u.test(tk.text(i - 2)) && /^\d{1,3}$/.test(tk.text(ti)) && !NOT_NAMES.has(tk.low(i - 2)) && !/^(?:[kmgt]wh?|kv|mva)$/.test(tk.low(i - 2))) {
      // "EU-WEST-2": more capitalised parts written on before it are the code's too.
      let first = i - 2;
      while (first >= 2 && tk.text(first - 1) === '-' && tk.glued(first - 1) && tk.glued(first) && /^[A-Z]{2,4}$/.test(tk.text(first - 2))) first -= 2;
      p.name = p.name ? `${doc.text.slice(tk.start(first), tk.end(ti))} ${p.name}` : doc.text.slice(tk.start(first), tk.end(ti));
      start = first;
      i = first - 1;
      continue;
    }
    if (tk.word(ti) && tk.text(i - 1) === '-' && tk.glued(ti) && tk.glued(i - 1) && tk.word(i - 2) && !unitEndingAt(doc, s, i)) {
      // "carrier-neutral", "AI-focused": read the compound from its last part.
      i--;
      continue;
    }
    if (tk.text(ti) === '-' && i > 0 && tk.word(i - 1) && tk.glued(ti)) {
      // Hyphenated adjective: "AI-focused", "state-of-the-art", "second-largest".
      let k = i - 1;
      while (k - 1 >= 0 && tk.text(k - 1) === '-' && tk.glued(k)) k -= 2;
      const words = [];
      for (let m = k; m < hi; m += 2) words.push(tk.low(m));
      if (words.some((w) => NON_DC_MODIFIERS.has(w))) p.nonDc = true;
      if (words.some((w) => DC_MODIFIERS.has(w))) p.dcModifier = true;
      // "the Meta-owned Kuna data center", "a Google-operated campus": the company runs it.
      const owner = OWNED.test(tk.low(i + 1)) ? s.operators.find((h) => tokenIndexAt(tk, h.end - 1) === i - 1) : undefined;
      if (owner) p.operator ??= orgBackFrom(doc, s, tokenIndexAt(tk, owner.start), i - 1);
      start = k;
      i = k - 1;
      continue;
    }
    if (tk.text(ti) === ')') {
      // "fifth International Business Exchange (IBX) data center": skip the bracketed abbreviation.
      let k = i - 1;
      while (k >= 0 && k > i - 5 && tk.text(k) !== '(') k--;
      if (k >= 0 && tk.text(k) === '(') {
        // "the Asia Pacific (Hanoi) Region": a place in the brackets is where the facility is.
        const close = i;
        p.prePlace ??= s.places.find((pl) => pl.first === k + 1 && pl.last === close - 1 && pl.kind !== 'area') ?? null;
        start = k;
        i = k - 1;
        // The words of the name stop at an article or a company ("The AWS Mexico (Central) Region").
        const nameWord = (x: number) =>
          tk.cap(x) && tk.word(x) && !tk.poss(x) && !parseOrdinalAt(tk, x) && !DETERMINERS.has(tk.low(x)) && !s.operators.some((h) => h.end === tk.end(x));
        while (i >= 0 && (nameWord(i) || abbreviationDot(tk, i))) {
          start = i;
          i--;
        }
        // An abbreviation that is itself a facility word ("(IBX)") follows its own expansion,
        // which names the kind of building, not this one.
        const headInBrackets = s.heads.some((h) => h.start >= tk.end(k) && h.end <= tk.start(close) && h !== hit);
        if (headInBrackets) p.dcModifier = true;
        else if (start < k) p.name ??= doc.text.slice(tk.start(start), tk.start(k)).trim();
        continue;
      }
      break;
    }
    // "the Acme Ft. Pierce data center": a short abbreviation with its dot inside a name.
    if (p.name && !s.title && abbreviationDot(tk, i) && !NOT_NAMES.has(tk.low(i - 1))) {
      p.name = `${tk.text(i - 1)}. ${p.name}`;
      start = i - 1;
      i -= 2;
      continue;
    }
    if (!tk.word(ti)) break;
    // An earlier head word is a modifier here: "data center campus", "AI data center project".
    // "build" before a phrase is the verb ("build another data center"), never a modifier.
    const inner = s.heads.find((h) => h !== hit && tokenIndexAt(tk, h.end - 1) === i && h.start < hit.start && tk.low(ti) !== 'build');
    if (inner && tk.poss(ti) && tk.cap(ti)) {
      // "Ostavik Data Centres' new campus": a company named with the words, as owner, not a modifier.
      const f = companyStart(tk, tokenIndexAt(tk, inner.start));
      p.operator ??= orgBackFrom(doc, s, f, i);
      start = f;
      break;
    }
    // "the Pryor campus's first building": a part of the facility the possessive names, which is the mention.
    if (inner && tk.poss(ti)) return null;
    if (inner) {
      // "London's data centre cluster", "Asia's data center hub": a place's many facilities, none of them.
      if (AREA_HEADS.test(tk.low(hj))) return null;
      // "a research and development centre": a weak head word that is also a trade's word is that trade's.
      if (!HEADS[inner.ref].strong && NON_DC_MODIFIERS.has(tk.low(ti))) p.nonDc = true;
      p.dcModifier = true;
      const f = tokenIndexAt(tk, inner.start);
      start = f;
      i = f - 1;
      continue;
    }
    const ord = parseOrdinalAt(tk, i);
    if (ord && ord.last === i) {
      p.ordinal ??= ord;
      start = ord.first;
      i = ord.first - 1;
      continue;
    }
    // "the Kestrel One data center": a capitalised "One" after a name word is the name's numeral.
    const numeralOfName = tk.low(ti) === 'one' && tk.cap(ti) && !s.title && i > 0 && tk.cap(i - 1) && tk.word(i - 1) && !DETERMINERS.has(tk.low(i - 1));
    if (DETERMINERS.has(tk.low(ti)) && !numeralOfName) {
      sawDeterminer = true;
      p.definite = /^(the|this|that)$/.test(tk.low(ti));
      p.indefinite = tk.low(ti) === 'a' || tk.low(ti) === 'an';
      break;
    }
    if (POSSESSIVE_PRONOUNS.has(tk.low(ti))) {
      p.pronounOwner = true;
      start = i;
      break;
    }
    if (tk.low(ti) === 'whose') {
      // "AdaniConneX, whose Pune campus keeps growing": the company the clause hangs on owns it.
      const k = tk.text(i - 1) === ',' ? i - 2 : i - 1;
      // "Reliance, whose site has not been named" says which company, not which site.
      const op = s.operators.find((h) => tokenIndexAt(tk, h.end - 1) === k);
      if (op && (p.prePlace || p.name || p.ordinal || p.capacityMW || p.money || p.gpus)) p.operator ??= orgBackFrom(doc, s, tokenIndexAt(tk, op.start), k);
      else p.pronounOwner = true;
      break;
    }
    // "a rival's 20 MW data center", "a local bank's facility": an owner described, not named, and a
    // facility brought in as a new one.
    if (tk.poss(ti) && !tk.cap(ti) && tk.word(ti)) {
      let k = ti - 1;
      while (k >= 0 && k >= ti - 3 && tk.word(k) && !tk.cap(k) && !DETERMINERS.has(tk.low(k))) k--;
      if (k >= 0 && (tk.low(k) === 'a' || tk.low(k) === 'an')) {
        p.indefinite = true;
        p.commonOwner = true;
        start = k + 1;
        break;
      }
    }
    // "The Company's", "the Group's": corporate English capitalises the anaphor, still no name.
    if (tk.poss(ti) && (!tk.cap(ti) || /^the$/i.test(tk.text(i - 1))) && /^(company|firm|group|startup|giant|operator|provider|developer|jv|venture|country|nation|state|city|region|kingdom|emirate|world)$/.test(tk.low(ti))) {
      // "the company's fifth data center"; "the country's largest" is vague, not an operator.
      if (!/^(country|nation|state|city|region|kingdom|emirate|world)$/.test(tk.low(ti))) p.pronounOwner = true;
      start = i;
      break;
    }
    const place = s.places.find((pl) => pl.last === i) ?? placeWithItsNoun(doc, s, i);
    const op = s.operators.find((h) => tokenIndexAt(tk, h.end - 1) === i);
    if (op) {
      // "China Telecom's": the words before a catalog company's one industry word are its name.
      const opFirst = endsLongerName(s, op) ? companyStart(tk, tokenIndexAt(tk, op.start)) : tokenIndexAt(tk, op.start);
      const org = orgBackFrom(doc, s, opFirst, i);
      p.operator ??= org;
      start = opFirst;
      i = opFirst - 1;
      if (tk.poss(ti)) break;
      continue;
    }
    // "Japan's biggest AI data center": a country's possessive ranks the facility; it neither
    // places it nor runs it (the clause subject does).
    if (place && place.kind === 'country' && tk.poss(ti) && !/^\p{Lu}/u.test(doc.text[tk.start(hi)])) {
      start = place.first;
      break;
    }
    if (place) {
      if (place.kind === 'area' && !tk.poss(ti)) {
        // "Asia-Pacific" before a head: a vague area, but a place all the same.
      }
      // "its Papillion, Nebraska data center": a town, a comma and its state before the head are
      // one place, the town in that state.
      const town = place.kind === 'admin' && !tk.poss(ti) && tk.text(place.first - 1) === ',' ? s.places.find((pl) => pl.last === place.first - 2 && pl.kind === 'city') : undefined;
      if (town && !p.prePlace) {
        p.prePlace = { ...town, end: place.end, last: place.last, text: doc.text.slice(town.start, place.end), country: place.country || town.country, state: place.canonical };
        start = town.first;
        i = town.first - 1;
        continue;
      }
      p.prePlace ??= place;
      start = place.first;
      i = place.first - 1;
      if (tk.poss(ti)) break;
      continue;
    }
    // "our Northern India campus": a compass adjective before a place modifies it, it names nothing.
    if (tk.cap(ti) && PLACE_ADJECTIVES.has(tk.low(ti)) && placeStartsAt(s, i + 1)) {
      start = i;
      i--;
      continue;
    }
    // "Kestrel Hosting's", "Kestrel Cloud's" (a last word that is also a modifier): a possessive
    // company of several capitalised words runs the facility, all of them in the mark.
    // "Loudoun County's" is a place's.
    if (tk.poss(ti) && tk.cap(ti) && !s.title && !AREA_WORDS.test(tk.low(ti))) {
      const f = companyStart(tk, i);
      if (f < i) {
        p.operator ??= orgBackFrom(doc, s, f, i);
        start = f;
        break;
      }
    }
    if (PREMODIFIERS.has(tk.low(ti)) || REGION_ADJECTIVES.has(tk.low(ti)) || NON_DC_MODIFIERS.has(tk.low(ti)) || (!tk.cap(ti) && /^[a-z]{3,}est$/.test(tk.low(ti)) && !/^(?:west|midwest|northwest|southwest|quest|rest|test|nest|chest|guest|crest|forest|harvest|interest|protest|contest|request|conquest|arrest|digest|honest|modest|manifest|suggest|invest|pest|vest|zest)$/.test(tk.low(ti)))) {
      if (NON_DC_MODIFIERS.has(tk.low(ti))) p.nonDc = true;
      if (DC_MODIFIERS.has(tk.low(ti))) p.dcModifier = true;
      // A capitalised premodifier in running text is a name ("Big Data Center Inc."), not an adjective.
      start = i;
      i--;
      continue;
    }
    // In a headline every word is capitalised: a word before a data-center head is a name there
    // only when the article writes it capitalised in running text ("Wonju IDC to Open").
    const headlineName = s.title && head.strong && i >= hi - 2 && capitalisedInRunningText(doc, tk.text(ti));
    if (tk.cap(ti) && !NOT_NAMES.has(tk.low(ti)) && !MONTHS.has(tk.low(ti)) && !WEEKDAYS.has(tk.low(ti)) && (!s.title || headlineName)) {
      // A capitalised word: a possessive company ("Crusoe's") or a name ("Stargate", "Colossus").
      const sentenceInitial = i === 0;
      if (tk.poss(ti)) {
        const org = orgBackFrom(doc, s, i, i);
        p.operator ??= org ?? { text: tk.text(ti), ops: [], start: tk.start(ti), end: tk.start(ti) + tk.text(ti).length };
        start = i;
        break;
      }
      // A capitalised first word is a name only when the text also capitalises it mid-sentence.
      if (sentenceInitial && !headCap && !capitalisedInRunningText(doc, tk.text(ti))) break;
      if (NON_DC_MODIFIERS.has(tk.low(ti)) || NON_DC_NAME_WORDS.has(tk.low(ti))) p.nonDc = true;
      // "the Kestrel Ostavik data center", "Kestrel 1st Data Center": the first word of a name
      // before the town or the ordinal is the brand that owns the facility.
      brand = !p.name && (p.prePlace || p.ordinal) && !sentenceInitial ? i : -1;
      p.name = p.name ? `${tk.text(ti)} ${p.name}` : tk.text(ti);
      start = i;
      i--;
      continue;
    }
    // "its LHR 17 data center": a catalog code written apart ends in its number before the head.
    const spacedCode = tk.num(ti) ? s.sites.find((h) => h.needsOperator && h.end === tk.end(ti) && h.start < tk.start(ti) && writtenApart(doc.text.slice(h.start, h.end))) : undefined;
    if (spacedCode) {
      start = tokenIndexAt(tk, spacedCode.start);
      i = start - 1;
      continue;
    }
    if (tk.num(ti) && tk.has(hi)) {
      // "Colossus 2 supercomputer" reads as a name; a bare count ("two data centers") is not a modifier.
      break;
    }
    if (NON_DC_MODIFIERS.has(tk.low(ti))) p.nonDc = true;
    // "steelworks site", "burial site", "test facility": an unknown noun right before a weak head
    // makes it some other kind of place.
    if (!head.strong && i === hi - 1 && tk.word(ti) && !tk.cap(ti) && !tk.num(ti)) p.nonDc = true;
    break;
  }
  void sawDeterminer;
  p.quantified = quantifiedAt(tk, start);
  // "its sixth International Business Exchange data center": Equinix's word for its buildings (IBX)
  // written out is a kind of facility, like "data center", not this one's name.
  if (p.name && /^International Business Exchange$/i.test(p.name)) {
    p.name = null;
    p.dcModifier = true;
  }
  // "the Mexico North region", "its Malaysia West region": a cloud region named by its country and a
  // compass word is named by both; "North" alone would let it merge with the "Mexico Central" region.
  if (head.kind === 'region' && p.prePlace && p.name && /^(?:North|South|East|West|Central|North ?east|North ?west|South ?east|South ?west)$/i.test(p.name)) {
    const placeEnd = tk.end(p.prePlace.last);
    if (/^\s+$/.test(doc.text.slice(placeEnd, doc.text.indexOf(p.name, placeEnd)))) p.name = `${doc.text.slice(tk.start(p.prePlace.first), placeEnd)} ${p.name}`;
  }
  // "the South Central US region": compass words before the place name it with the place.
  if (head.kind === 'region' && p.prePlace && p.name && COMPASS_WORD.test(p.name) && start < p.prePlace.first) {
    const nameAt = doc.text.lastIndexOf(p.name, tk.start(p.prePlace.first));
    if (nameAt >= tk.start(start) && COMPASS_RUN.test(doc.text.slice(nameAt + p.name.length, tk.start(p.prePlace.first)))) p.name = doc.text.slice(nameAt, tk.end(p.prePlace.last));
  }
  p.start = tk.start(start);
  if (brand >= 0 && brand === start && !p.operator && !p.pronounOwner) {
    const bText = tk.text(brand);
    const bStart = tk.start(brand);
    // "the South Central US region": a compass word before a place is part of the place's name, no brand.
    if (p.name === bText && !COMPASS_WORD.test(bText) && !s.sites.some((h) => h.start <= bStart && h.end > bStart)) {
      p.operator = { text: bText, ops: [], start: bStart, end: bStart + bText.length };
    }
  }

  if ((w.possessiveHead || w.workOnIt) && !(p.operator || p.prePlace || p.name || p.ordinal)) return null;

  // --- Right side: post-modifiers ---
  readRight(w);
  const end = w.end;
  if (!p.operator && !p.pronounOwner && !w.possessiveHead) p.operator = companyOfRelativeClause(doc, s, end + 1);
  p.end = tk.start(end) + tk.text(end).length;
  if (end === hj) p.end = hit.end;

  // Catalog site named inside the phrase.
  p.siteHit = s.sites.find((h) => h.type === ENTRY_SITE && h.start >= p.start && h.end <= p.end && nameHit(doc.text, h)) ?? null;
  return p;
}

/** A catalog name as the text writes one: as a name (below), and not the digits of a figure ("2B" in "$1.2B"). */
export function nameHit(text: string, h: { start: number; end: number }): boolean {
  if (/\d[.,]$/.test(text.slice(Math.max(0, h.start - 2), h.start)) || /^[.,]\d/.test(text.slice(h.end, h.end + 2))) return false;
  return writtenAsName(text.slice(h.start, h.end));
}

/**
 * A name is written with a capital or a digit: "an unnamed data center", "a secure data centre" in
 * lower case describe a facility, whatever a catalog record happens to be called. (One lower-case
 * word may be a cloud's own spelling: "eastus".)
 */
export function writtenAsName(written: string): boolean {
  return !/\s/.test(written.trim()) || matches(UPPER_OR_NUMBER, written) || !matches(LOWER, written);
}
const UPPER_OR_NUMBER = new UnicodeRegExp(String.raw`[\p{Lu}\p{N}]`, 'u');
const LOWER = new UnicodeRegExp(String.raw`\p{Ll}`, 'u');

/**
 * "New Lamar County Campus", "its Racine County site": a place and the noun of its kind before the
 * head are one place (the gazetteer may know only the town of that name).
 */
function placeWithItsNoun(doc: Doc, s: Sentence, i: number): PlaceSpan | undefined {
  const tk = s.toks;
  if (!/^(?:county|parish|province|prefecture|district|township)$/.test(tk.low(i))) return undefined;
  const pl = s.places.find((x) => x.last === i - 1 && x.kind !== 'country');
  return pl && { ...pl, last: i, end: tk.end(i), text: doc.text.slice(pl.start, tk.end(i)) };
}

const AREA_WORDS = /^(county|district|province|prefecture|city|state|region|parish|township|municipality|island|valley|park|zone|corridor)$/;

const COMPASS_WORD = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|upper|lower|greater)$/i;

/** What may stand between a leading compass word and the place: spaces and more compass words ("South Central US"). */
const COMPASS_RUN = /^(?:\s+(?:north|south|east|west|central))*\s+$/i;

/** "Ste." in "Harbor Ste. Marie": the dot of a short capitalised abbreviation inside a name. */
function abbreviationDot(tk: Tokens, i: number): boolean {
  return tk.text(i) === '.' && tk.glued(i) && tk.has(i - 1) && tk.cap(i - 1) && tk.word(i - 1) && tk.text(i - 1).length <= 3;
}

interface Unit {
  kind: 'capacity' | 'gpus' | 'money' | 'size';
  value: number;
  money?: ParsedMoney;
  first: number;
}

/** Quantity modifiers that end at token i: "103-megawatt", "1 GW", "$4 billion", "100,000-GPU", "160-acre". */
const UNIT_END = /^(mw|megawatts?|gw|gigawatts?|\d+(?:[.,]\d+)*(?:mw|gw))$/;
const MONEY_END = /^(\d+(?:[.,]\d+)*(?:k|m|mn|bn|b|tn)?|hundred|thousand|million|billion|trillion|crores?|lakhs?|mn|bn|tn|dollars?|euros?|pounds?|yuan|yen|won|rupees?|riyals?|dirhams?|ringgit|reais|real|pesos?|rand|krona|kronor|krone|kroner|francs?|rupiah|baht|naira|sterling|renminbi|rmb|usd|eur|gbp|\))$/;

const AREA_END = /^(?:foot|feet|ft|metre|meter|metres|meters|acre|acres|hectare|hectares)$/;

function unitEndingAt(doc: Doc, s: Sentence, i: number): Unit | null {
  const tk = s.toks;
  const low = tk.low(i);
  if (UNIT_END.test(low)) {
    for (let k = Math.max(0, i - 5); k <= i; k++) {
      const c = parseCapacityAt(tk, k);
      if (c && c.last === i) return { kind: 'capacity', value: c.mw, first: k };
    }
  }
  if (MONEY_END.test(low)) {
    for (let k = Math.max(0, i - 8); k <= i; k++) {
      const m = parseMoneyAt(doc.text, tk, k);
      if (m && m.last === i) return { kind: 'money', value: m.value, money: m, first: k };
    }
  }
  // "$10 billion-dollar" style and "multibillion-dollar" are adjectives (handled as hyphenated words).
  // "100,000-GPU cluster"
  if (tk.has(i) && GPU_UNIT.test(tk.low(i)) && tk.text(i - 1) === '-') {
    const n = parseNumberAt(tk, i - 2);
    if (n && n.last === i - 2) return { kind: 'gpus', value: n.value, first: n.first };
  }
  // "a 200K square foot data centre", "a 40 acre campus": a size written without hyphens.
  if (AREA_END.test(low)) {
    let k = i - 1;
    if (/^(?:square|sq)$/.test(tk.low(k))) k--;
    else if (tk.text(k) === '.' && tk.low(k - 1) === 'sq') k -= 2;
    for (let f = Math.max(0, k - 3); f <= k; f++) {
      const n = parseNumberAt(tk, f);
      if (n && n.last === k) return { kind: 'size', value: n.value, first: n.first };
    }
  }
  // "160-acre", "500,000-square-foot", "two-story": sizes are modifiers but do not identify.
  if (tk.word(i) && tk.text(i - 1) === '-') {
    let k = i - 1;
    while (k - 1 >= 0 && tk.text(k) === '-' && tk.word(k - 1)) {
      const n = parseNumberAt(tk, k - 1);
      if (n && n.last === k - 1) return { kind: 'size', value: n.value, first: n.first };
      k -= 2;
    }
  }
  return null;
}

/** Words that make a phrase about any facility of a kind: "every", "any", "each", "no". */
const QUANTIFIERS = new Set(['every', 'any', 'each', 'no']);
/** "the average data center", "a typical campus": a statistic's subject. */
const STATISTICAL = new Set(['average', 'typical', 'median', 'ordinary']);

/** Whether the phrase starting at token `start` is quantified: "every …", "no …", "the average …". */
function quantifiedAt(tk: Tokens, start: number): boolean {
  if (start < 1) return false;
  const before = tk.low(start - 1);
  if (QUANTIFIERS.has(before)) return true;
  return STATISTICAL.has(before) && start >= 2 && /^(?:the|a|an)$/.test(tk.low(start - 2));
}
