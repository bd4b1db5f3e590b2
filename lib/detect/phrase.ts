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
import { parseGpusAt } from './facts/gpus';
import { parseMoneyAt, type ParsedMoney } from './facts/money';
import { orgAt, type Org } from './facts/operator';
import { parseOrdinalAt, type ParsedOrdinal } from './facts/ordinal';
import { parsePlacePhrase, type PlacePhrase } from './facts/place';
import { parseNumberAt } from './facts/numbers';
import type { Token } from './tokens';
import type { SiteKind } from './types';
import {
  COMPOUND_HEADS,
  COMPOUND_NOUNS,
  DC_MODIFIERS,
  DETERMINERS,
  FOLLOWERS_OK,
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
}

/** Words that make a capitalised name a company or plant of another trade ("Green Energy Giga Complex"). */
const NON_DC_NAME_WORDS = new Set(['energy', 'solar', 'steel', 'motors', 'chemicals', 'refinery', 'petroleum', 'oil', 'gas', 'mining', 'battlefield', 'national', 'memorial', 'stadium', 'airport', 'hospital', 'university', 'college', 'school', 'museum', 'mall']);
const GPU_UNIT = /^(gpu|gpus|chip|chips|accelerator|h100|h200|b200|gb200)$/;
const NAME_INTRO = new Set(['called', 'named', 'dubbed', 'codenamed', 'code-named', 'nicknamed']);

/** Builds the phrase around a head hit; null when the head is used as a modifier or stands alone. */
export function buildPhrase(doc: Doc, s: Sentence, hit: Hit, head: HeadWord): Phrase | null {
  const tk = s.tokens;
  const hi = tokenIndexAt(tk, hit.start);
  const hj = tokenIndexAt(tk, hit.end - 1);
  if (hi < 0 || hj < 0) return null;
  const p: Phrase = {
    start: tk[hi].start,
    end: hit.end,
    kind: head.kind,
    head,
    headStart: hit.start,
    headEnd: hit.end,
    sentence: s,
    ordinal: null,
    capacityMW: null,
    gpus: null,
    money: null,
    place: null,
    prePlace: null,
    operator: null,
    pronounOwner: false,
    name: null,
    siteHit: null,
    dcModifier: head.strong && head.kind !== 'region',
    nonDc: false,
    definite: false,
    indefinite: false,
  };
  // Capitalised head in running text ("Project Rainier", "Data Center Knowledge") is part of a name.
  const headCap = tk[hi].cap && !s.title;

  // --- Right side: is the head really the head? ---
  const next = tk[hj + 1];
  if (next && next.word && !next.glued) {
    const low = next.low;
    if (COMPOUND_HEADS.has(low)) return null; // "data center campus": the later head builds the phrase
    if (!FOLLOWERS_OK.has(low) && !next.num) {
      if (COMPOUND_NOUNS.has(low)) return null;
      // "data center operators said" (a plural noun) vs "the project follows OpenAI's" (a verb):
      // a verb is followed by its object or an adverb, a plural noun by a verb or a preposition.
      if (!next.cap && /[a-z]s$/.test(low) && !/(ss|us|is)$/.test(low) && !verbFollows(tk[hj + 2])) return null;
      if (headCap && next.cap && !s.title && !placeStartsAt(s, hj + 1)) return null; // "Data Center World"
    }
  }
  if (next && next.glued && next.text === '-' && tk[hj + 2] && !tk[hj + 2].num) return null; // "data center-related"
  if (tk[hj].poss) return null; // "the data center's cooling": a bare reference, never specific by itself

  // --- Left side: modifiers ---
  let i = hi - 1;
  let start = hi;
  let sawDeterminer = false;
  let unitStart = -1;
  let brand = -1;
  while (i >= 0) {
    const t = tk[i];
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
    if (t.text === ',' && i > 0 && unitStart === i + 1) {
      const u = unitEndingAt(doc, s, i - 1);
      if (u && (DETERMINERS.has(tk[u.first - 1]?.low ?? '') || POSSESSIVE_PRONOUNS.has(tk[u.first - 1]?.low ?? ''))) {
        i--;
        continue;
      }
    }
    // "its FRA-3 campus": a hyphenated code (letters, hyphen, number, written together) is a name.
    if (t.num && t.glued && i >= 2 && tk[i - 1].text === '-' && tk[i - 1].glued && /^\p{Lu}{2,4}$/u.test(tk[i - 2].text) && /^\d{1,3}$/.test(t.text) && !NOT_NAMES.has(tk[i - 2].low) && !/^(?:[kmgt]wh?|kv|mva)$/.test(tk[i - 2].low)) {
      p.name = p.name ? `${doc.text.slice(tk[i - 2].start, t.end)} ${p.name}` : doc.text.slice(tk[i - 2].start, t.end);
      start = i - 2;
      i -= 3;
      continue;
    }
    if (t.word && tk[i - 1]?.text === '-' && t.glued && tk[i - 1].glued && tk[i - 2]?.word && !unitEndingAt(doc, s, i)) {
      // "carrier-neutral", "AI-focused": read the compound from its last part.
      i--;
      continue;
    }
    if (t.text === '-' && i > 0 && tk[i - 1].word && t.glued) {
      // Hyphenated adjective: "AI-focused", "state-of-the-art", "second-largest".
      let k = i - 1;
      while (k - 1 >= 0 && tk[k - 1].text === '-' && tk[k].glued) k -= 2;
      const words = [];
      for (let m = k; m < hi; m += 2) words.push(tk[m].low);
      if (words.some((w) => NON_DC_MODIFIERS.has(w))) p.nonDc = true;
      if (words.some((w) => DC_MODIFIERS.has(w))) p.dcModifier = true;
      start = k;
      i = k - 1;
      continue;
    }
    if (t.text === ')') {
      // "fifth International Business Exchange (IBX) data center": skip the bracketed abbreviation.
      let k = i - 1;
      while (k >= 0 && k > i - 5 && tk[k].text !== '(') k--;
      if (k >= 0 && tk[k].text === '(') {
        // "the Asia Pacific (Hanoi) Region": a place in the brackets is where the facility is.
        const close = i;
        p.prePlace ??= s.places.find((pl) => pl.first === k + 1 && pl.last === close - 1 && pl.kind !== 'area') ?? null;
        start = k;
        i = k - 1;
        // The words of the name stop at an article or a company ("The AWS Mexico (Central) Region").
        const nameWord = (x: number) =>
          tk[x].cap && tk[x].word && !tk[x].poss && !parseOrdinalAt(tk, x) && !DETERMINERS.has(tk[x].low) && !s.operators.some((h) => h.end === tk[x].end);
        while (i >= 0 && (nameWord(i) || abbreviationDot(tk, i))) {
          start = i;
          i--;
        }
        // An abbreviation that is itself a facility word ("(IBX)") follows its own expansion,
        // which names the kind of building, not this one.
        const headInBrackets = s.heads.some((h) => h.start >= tk[k].end && h.end <= tk[close].start && h !== hit);
        if (headInBrackets) p.dcModifier = true;
        else if (start < k) p.name ??= doc.text.slice(tk[start].start, tk[k].start).trim();
        continue;
      }
      break;
    }
    // "the Acme Ft. Pierce data center": a short abbreviation with its dot inside a name.
    if (p.name && !s.title && abbreviationDot(tk, i) && !NOT_NAMES.has(tk[i - 1].low)) {
      p.name = `${tk[i - 1].text}. ${p.name}`;
      start = i - 1;
      i -= 2;
      continue;
    }
    if (!t.word) break;
    // An earlier head word is a modifier here: "data center campus", "AI data center project".
    // "build" before a phrase is the verb ("build another data center"), never a modifier.
    const inner = s.heads.find((h) => h !== hit && tokenIndexAt(tk, h.end - 1) === i && h.start < hit.start && t.low !== 'build');
    if (inner) {
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
    const numeralOfName = t.low === 'one' && t.cap && !s.title && i > 0 && tk[i - 1].cap && tk[i - 1].word && !DETERMINERS.has(tk[i - 1].low);
    if (DETERMINERS.has(t.low) && !numeralOfName) {
      sawDeterminer = true;
      p.definite = /^(the|this|that)$/.test(t.low);
      p.indefinite = t.low === 'a' || t.low === 'an';
      break;
    }
    if (POSSESSIVE_PRONOUNS.has(t.low)) {
      p.pronounOwner = true;
      start = i;
      break;
    }
    if (t.poss && !t.cap && /^(company|firm|group|startup|giant|operator|provider|developer|country|nation|state|city|region|kingdom|emirate|world)$/.test(t.low)) {
      // "the company's fifth data center"; "the country's largest" is vague, not an operator.
      if (!/^(country|nation|state|city|region|kingdom|emirate|world)$/.test(t.low)) p.pronounOwner = true;
      start = i;
      break;
    }
    const place = s.places.find((pl) => pl.last === i);
    const op = s.operators.find((h) => tokenIndexAt(tk, h.end - 1) === i);
    if (op) {
      const opFirst = tokenIndexAt(tk, op.start);
      const org = orgBackFrom(doc, s, opFirst, i);
      p.operator ??= org;
      start = opFirst;
      i = opFirst - 1;
      if (t.poss) break;
      continue;
    }
    // "Japan's biggest AI data center": a country's possessive ranks the facility; it neither
    // places it nor runs it (the clause subject does).
    if (place && place.kind === 'country' && t.poss && !/^\p{Lu}/u.test(doc.text[tk[hi].start])) {
      start = place.first;
      break;
    }
    if (place) {
      if (place.kind === 'area' && !t.poss) {
        // "Asia-Pacific" before a head: a vague area, but a place all the same.
      }
      p.prePlace ??= place;
      start = place.first;
      i = place.first - 1;
      if (t.poss) break;
      continue;
    }
    // "our Northern India campus": a compass adjective before a place modifies it, it names nothing.
    if (t.cap && PLACE_ADJECTIVES.has(t.low) && placeStartsAt(s, i + 1)) {
      start = i;
      i--;
      continue;
    }
    // "Kestrel Hosting's", "Kestrel Cloud's" (a last word that is also a modifier): a possessive
    // company of several capitalised words runs the facility, all of them in the mark.
    // "Loudoun County's" is a place's.
    if (t.poss && t.cap && !s.title && !AREA_WORDS.test(t.low)) {
      const f = companyStart(tk, i);
      if (f < i) {
        p.operator ??= orgBackFrom(doc, s, f, i);
        start = f;
        break;
      }
    }
    if (PREMODIFIERS.has(t.low) || REGION_ADJECTIVES.has(t.low) || NON_DC_MODIFIERS.has(t.low) || (!t.cap && /^[a-z]{3,}est$/.test(t.low) && !/^(?:west|midwest|northwest|southwest|quest|rest|test|nest|chest|guest|crest|forest|harvest|interest|protest|contest|request|conquest|arrest|digest|honest|modest|manifest|suggest|invest|pest|vest|zest)$/.test(t.low))) {
      if (NON_DC_MODIFIERS.has(t.low)) p.nonDc = true;
      if (DC_MODIFIERS.has(t.low)) p.dcModifier = true;
      // A capitalised premodifier in running text is a name ("Big Data Center Inc."), not an adjective.
      start = i;
      i--;
      continue;
    }
    // In a headline every word is capitalised: a word before a data-center head is a name there
    // only when the article writes it capitalised in running text ("Wonju IDC to Open").
    const headlineName = s.title && head.strong && i >= hi - 2 && capitalisedInRunningText(doc, t.text);
    if (t.cap && !NOT_NAMES.has(t.low) && !MONTHS.has(t.low) && !WEEKDAYS.has(t.low) && (!s.title || headlineName)) {
      // A capitalised word: a possessive company ("Crusoe's") or a name ("Stargate", "Colossus").
      const sentenceInitial = i === 0;
      if (t.poss) {
        const org = orgBackFrom(doc, s, i, i);
        p.operator ??= org ?? { text: t.text, ops: [], start: t.start, end: t.start + t.text.length };
        start = i;
        break;
      }
      // A capitalised first word is a name only when the text also capitalises it mid-sentence.
      if (sentenceInitial && !headCap && !capitalisedInRunningText(doc, t.text)) break;
      if (NON_DC_MODIFIERS.has(t.low) || NON_DC_NAME_WORDS.has(t.low)) p.nonDc = true;
      // "the Kestrel Ostavik data center", "Kestrel 1st Data Center": the first word of a name
      // before the town or the ordinal is the brand that owns the facility.
      brand = !p.name && (p.prePlace || p.ordinal) && !sentenceInitial ? i : -1;
      p.name = p.name ? `${t.text} ${p.name}` : t.text;
      start = i;
      i--;
      continue;
    }
    if (t.num && tk[hi]) {
      // "Colossus 2 supercomputer" reads as a name; a bare count ("two data centers") is not a modifier.
      break;
    }
    if (NON_DC_MODIFIERS.has(t.low)) p.nonDc = true;
    // "steelworks site", "burial site", "test facility": an unknown noun right before a weak head
    // makes it some other kind of place.
    if (!head.strong && i === hi - 1 && t.word && !t.cap && !t.num) p.nonDc = true;
    break;
  }
  void sawDeterminer;
  p.start = tk[start].start;
  if (brand >= 0 && brand === start && !p.operator && !p.pronounOwner) {
    const b = tk[brand];
    if (p.name === b.text && !s.sites.some((h) => h.start <= b.start && h.end > b.start)) {
      p.operator = { text: b.text, ops: [], start: b.start, end: b.start + b.text.length };
    }
  }

  // --- Right side: post-modifiers ---
  let j = hj + 1;
  let end = hj;
  for (let round = 0; round < 3 && j < tk.length; round++) {
    const t = tk[j];
    if (!t) break;
    if ((t.low === 'in' || t.low === 'near' || t.low === 'outside' || t.low === 'at') && !p.place) {
      const pl = parsePlacePhrase(doc.text, s, j + 1);
      if (pl) {
        p.place = pl;
        end = pl.last;
        j = pl.last + 1;
        continue;
      }
      break;
    }
    // "a fourth data centre to be built in Ballykeel", "a campus located near Budapest".
    const bridge = !p.place ? placeBridge(tk, j) : -1;
    if (bridge >= 0) {
      const pl = parsePlacePhrase(doc.text, s, bridge + 1);
      if (pl && pl.place?.kind !== 'area') {
        p.place = pl;
        end = pl.last;
        j = pl.last + 1;
        continue;
      }
      break;
    }
    if (t.low === 'with' || t.low === 'of' || t.low === 'housing' || t.low === 'featuring' || t.low === 'packing') {
      const r = readQuantity(doc, s, j + 1, p);
      if (r >= 0) {
        end = r;
        j = r + 1;
        continue;
      }
      break;
    }
    if ((t.low === 'worth' || t.low === 'costing') && tk[j + 1]) {
      const m = parseMoneyAt(doc.text, tk, j + 1);
      if (m) {
        p.money ??= m;
        end = m.last;
        j = m.last + 1;
        continue;
      }
      break;
    }
    if (NAME_INTRO.has(t.low) || (t.low === 'known' && tk[j + 1]?.low === 'as')) {
      const k = t.low === 'known' ? j + 2 : j + 1;
      const nm = readName(doc, s, k);
      if (nm) {
        p.name = nm.text;
        end = nm.last;
        j = nm.last + 1;
        continue;
      }
      break;
    }
    if (t.text === '(' ) {
      const nm = readName(doc, s, j + 1);
      if (nm && tk[nm.last + 1]?.text === ')') {
        // "the <town> campus (XY3)": a code in brackets names it more exactly than the town before the head.
        if (p.name && !/\d/.test(p.name) && /^\p{Lu}{2,}[-\s]?\d{1,3}\p{Lu}?$/u.test(nm.text)) p.name = nm.text;
        p.name ??= nm.text;
        end = nm.last + 1;
        j = nm.last + 2;
        continue;
      }
      break;
    }
    if (t.text === ',' && tk[j + 1] && /^(called|named|dubbed|known|codenamed)$/.test(tk[j + 1].low)) {
      j++;
      continue;
    }
    // "a new campus in Hungary, located in Torokbalint": a participle narrows a country to its place;
    // "the VR3 data centre, located in Adelaide, will …" places a facility the phrase did not.
    if (t.text === ',' && (!p.place || (!p.place.city && !p.place.admin))) {
      const b = placeBridge(tk, j + 1);
      const pl = b >= 0 ? parsePlacePhrase(doc.text, s, b + 1) : null;
      if (pl && pl.place?.kind !== 'area' && (pl.city || pl.admin || !p.place)) {
        p.place = { ...pl, country: pl.country || p.place?.country || '' };
        end = pl.last;
        j = pl.last + 1;
        continue;
      }
    }
    // "a 72MW data centre on a former industrial site in Swindon": the land it stands on is placed.
    if (t.low === 'on' && !p.place) {
      let k = j + 1;
      while (k < tk.length && k <= j + 6 && tk[k].word && !LAND_NOUNS.test(tk[k].low)) k++;
      if (LAND_NOUNS.test(tk[k]?.low ?? '') && /^(in|near|outside)$/.test(tk[k + 1]?.low ?? '')) {
        const pl = parsePlacePhrase(doc.text, s, k + 2);
        if (pl && pl.place?.kind !== 'area') {
          p.place = pl;
          end = pl.last;
        }
      }
      break;
    }
    // "its first Middle East data center, in Saudi Arabia,": a place set off by commas.
    if (t.text === ',' && tk[j + 1]?.low === 'in' && (!p.place || p.place.place?.kind === 'area')) {
      const pl = parsePlacePhrase(doc.text, s, j + 2);
      if (pl && pl.place?.kind !== 'area' && (tk[pl.last + 1] === undefined || /^[,.;]$/.test(tk[pl.last + 1].text))) {
        p.place = pl;
        end = pl.last;
        j = pl.last + 1;
        continue;
      }
    }
    break;
  }
  const endTok = tk[end];
  p.end = endTok.start + endTok.text.length;
  if (end === hj) p.end = hit.end;

  // Catalog site named inside the phrase.
  p.siteHit = s.sites.find((h) => h.type === ENTRY_SITE && h.start >= p.start && h.end <= p.end) ?? null;
  return p;
}

const OBJECT_START = /^(a|an|the|this|that|these|those|its|their|his|her|our|about|around|nearly|almost|roughly|some|more|up|out|how|what|why|when|where|whether|to|over|under|down|back|off|just|only|both|all|each|every|no|any|another|it|them|him|us|you|me)$/;

function verbFollows(t: Token | undefined): boolean {
  if (!t) return false;
  return t.num || (t.word && t.cap) || OBJECT_START.test(t.low) || t.text === '$' || t.text === '€' || t.text === '£';
}

/** The first of the capitalised words that end with the possessive at i ("Kestrel Hosting's"). */
function companyStart(tk: Token[], i: number): number {
  let f = i;
  while (f > 0 && i - f < 4 && tk[f - 1].cap && tk[f - 1].word && !tk[f - 1].poss && !NOT_NAMES.has(tk[f - 1].low) && !PREMODIFIERS.has(tk[f - 1].low)) f--;
  return f;
}

const AREA_WORDS = /^(county|district|province|prefecture|city|state|region|parish|township|municipality|island|valley|park|zone|corridor)$/;

/** Land a facility is built on. */
const LAND_NOUNS = /^(site|plot|parcel|land|estate|tract|lot|acres|hectares)$/;

const PARTICIPLES = /^(built|located|based|sited|situated|planned|proposed|constructed|developed)$/;

/** "to be built in", "being built near", "located in": the index of the preposition, or -1. */
function placeBridge(tk: Token[], j: number): number {
  let k = j;
  if (tk[k]?.low === 'to' && tk[k + 1]?.low === 'be') k += 2;
  else if (tk[k]?.low === 'being') k++;
  if (!PARTICIPLES.test(tk[k]?.low ?? '')) return -1;
  return /^(in|near|at|outside)$/.test(tk[k + 1]?.low ?? '') ? k + 1 : -1;
}

/** "Ste." in "Harbor Ste. Marie": the dot of a short capitalised abbreviation inside a name. */
function abbreviationDot(tk: Token[], i: number): boolean {
  const w = tk[i - 1];
  return tk[i].text === '.' && tk[i].glued && !!w && w.cap && w.word && w.text.length <= 3;
}

function placeStartsAt(s: Sentence, i: number): boolean {
  return s.places.some((p) => p.first === i);
}

/** An org whose last token is `last`, extended left over capitalised words ("Amazon Web Services"). */
function orgBackFrom(doc: Doc, s: Sentence, first: number, last: number): Org {
  const tk = s.tokens;
  const org = orgAt(doc.text, s, first);
  if (org && org.end >= tk[last].start + tk[last].text.length - 1) return org;
  const start = tk[first].start;
  const end = tk[last].start + tk[last].text.length;
  const ops = s.operators.filter((h) => h.start >= start && h.end <= end).map((h) => h.ref);
  return { text: doc.text.slice(start, end), ops, start, end };
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
  const tk = s.tokens;
  const low = tk[i].low;
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
  if (tk[i] && GPU_UNIT.test(tk[i].low) && tk[i - 1]?.text === '-') {
    const n = parseNumberAt(tk, i - 2);
    if (n && n.last === i - 2) return { kind: 'gpus', value: n.value, first: n.first };
  }
  // "a 200K square foot data centre", "a 40 acre campus": a size written without hyphens.
  if (AREA_END.test(low)) {
    let k = i - 1;
    if (/^(?:square|sq)$/.test(tk[k]?.low ?? '')) k--;
    else if (tk[k]?.text === '.' && tk[k - 1]?.low === 'sq') k -= 2;
    for (let f = Math.max(0, k - 3); f <= k; f++) {
      const n = parseNumberAt(tk, f);
      if (n && n.last === k) return { kind: 'size', value: n.value, first: n.first };
    }
  }
  // "160-acre", "500,000-square-foot", "two-story": sizes are modifiers but do not identify.
  if (tk[i]?.word && tk[i - 1]?.text === '-') {
    let k = i - 1;
    while (k - 1 >= 0 && tk[k].text === '-' && tk[k - 1].word) {
      const n = parseNumberAt(tk, k - 1);
      if (n && n.last === k - 1) return { kind: 'size', value: n.value, first: n.first };
      k -= 2;
    }
  }
  return null;
}

/** After "with"/"of": a capacity or a GPU count. Returns the last token index, or -1. */
function readQuantity(doc: Doc, s: Sentence, i: number, p: Phrase): number {
  const tk = s.tokens;
  let k = i;
  if (tk[k]?.low === 'a' || tk[k]?.low === 'an') k++;
  if (tk[k] && /^(total|planned|initial|combined|maximum|power|it|critical)$/.test(tk[k].low)) k++;
  if (tk[k] && /^(capacity|load)$/.test(tk[k].low) && tk[k + 1]?.low === 'of') k += 2;
  if (tk[k] && /^(up|more|over|nearly|about|around|approximately|roughly|some|almost)$/.test(tk[k].low)) {
    k++;
    if (tk[k] && /^(to|than)$/.test(tk[k].low)) k++;
  }
  const c = parseCapacityAt(tk, k);
  if (c) {
    p.capacityMW ??= c.mw;
    let last = c.last;
    if (tk[last + 1]?.low === 'of' && /^(capacity|power)$/.test(tk[last + 2]?.low ?? '')) last += 2;
    return last;
  }
  const g = parseGpusAt(tk, k);
  if (g) {
    p.gpus ??= g.count;
    return g.last;
  }
  return -1;
}

/** A name or code: capitalised words or a code with digits ("TY11", "Fairwater 2"), or a quoted string. */
function readName(doc: Doc, s: Sentence, i: number): { text: string; last: number } | null {
  const tk = s.tokens;
  let k = i;
  const quoted = tk[k] && /^["“‘']$/.test(tk[k].text);
  if (quoted) k++;
  const first = k;
  while (k < tk.length && k < first + 4 && tk[k].word && (tk[k].cap || /\d/.test(tk[k].text) || (quoted && tk[k].word))) k++;
  if (k === first) return null;
  let last = k - 1;
  if (quoted && tk[k] && /^["”’']$/.test(tk[k].text)) last = k;
  const text = doc.text.slice(tk[first].start, tk[k - 1].start + tk[k - 1].text.length);
  return { text, last };
}
