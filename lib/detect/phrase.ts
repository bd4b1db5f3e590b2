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
import { parseGpusAt } from './facts/gpus';
import { parseMoneyAt, type ParsedMoney } from './facts/money';
import { endsLongerName, orgAt, type Org } from './facts/operator';
import { parseOrdinalAt, type ParsedOrdinal } from './facts/ordinal';
import { parsePlacePhrase, type PlacePhrase } from './facts/place';
import { parseNumberAt } from './facts/numbers';
import type { Tokens } from './tokens';
import type { SiteKind } from './types';
import {
  COMPOUND_HEADS,
  COMPOUND_NOUNS,
  DC_MODIFIERS,
  DETERMINERS,
  FOLLOWERS_OK,
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
import { agentBridge, districtEnd, edgeOfTown, PARTICIPLES_OF_PLACE, placeBridge, streetEnd } from './phrase/place-bridges';
import { capitalisedRun, companyOfRelativeClause, relativeClauseVerb } from './phrase/relative-clause';

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
/** Work on a facility named before it: "its Kuna data center expansion". */
const WORK_ON_IT = /^(?:expansion|expansions|construction|buildout|build-out|upgrade|retrofit)$/;
const NAME_INTRO = new Set(['called', 'named', 'dubbed', 'codenamed', 'code-named', 'nicknamed']);

/** Builds the phrase around a head hit; null when the head is used as a modifier or stands alone. */
export function buildPhrase(doc: Doc, s: Sentence, hit: Hit, head: HeadWord): Phrase | null {
  const tk = s.toks;
  const hi = tokenIndexAt(tk, hit.start);
  const hj = tokenIndexAt(tk, hit.end - 1);
  if (hi < 0 || hj < 0) return null;
  const p: Phrase = {
    start: tk.start(hi),
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
    commonOwner: false,
    quantified: false,
  };
  // Capitalised head in running text ("Project Rainier", "Data Center Knowledge") is part of a name.
  const headCap = tk.cap(hi) && !s.title;

  // "the data center's cooling" is a bare reference; "Meta's Kuna data center's cooling" names one
  // (checked once the left side is read). Nothing after the possessive is the facility's.
  const possessiveHead = tk.poss(hj);
  let workOnIt = false;
  // "Building 7", "Building C": a capitalised building is a name the catalog path reads, or no facility.
  if (headCap && /^buildings?$/i.test(head.phrase)) return null;
  // "the second building at BER1", "the LD7-1 building of Equinix": a part of the facility after it.
  if (/^buildings?$/i.test(head.phrase) && /^(?:at|of)$/.test(tk.low(hj + 1))) return null;

  // --- Right side: is the head really the head? ---
  const next = hj + 1;
  if (tk.word(next) && !tk.glued(next) && !possessiveHead) {
    const low = tk.low(next);
    if (COMPOUND_HEADS.has(low)) return null; // "data center campus": the later head builds the phrase
    if (!FOLLOWERS_OK.has(low) && !tk.num(next)) {
      // "Meta's Kuna data center expansion" names the facility it expands (checked once the left side is read).
      // "Phoenix's data center construction pipeline": the work is itself a modifier of a trade's noun.
      if (WORK_ON_IT.test(low) && tk.word(next + 1) && !tk.glued(next + 1) && COMPOUND_NOUNS.has(tk.low(next + 1))) return null;
      if (WORK_ON_IT.test(low)) workOnIt = true;
      else if (COMPOUND_NOUNS.has(low)) return null;
      // "data center operators said" (a plural noun) vs "the project follows OpenAI's" (a verb):
      // a verb is followed by its object or an adverb, a plural noun by a verb or a preposition.
      if (!tk.cap(next) && /[a-z]s$/.test(low) && !/(ss|us|is)$/.test(low) && !verbFollows(tk, hj + 2)) return null;
      if (headCap && tk.cap(next) && !s.title && !placeStartsAt(s, hj + 1)) return null; // "Data Center World"
    }
  }
  if (tk.glued(next) && tk.text(next) === '-' && tk.has(hj + 2) && !tk.num(hj + 2)) return null; // "data center-related"

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

  if ((possessiveHead || workOnIt) && !(p.operator || p.prePlace || p.name || p.ordinal)) return null;

  // --- Right side: post-modifiers ---
  let j = hj + 1;
  let end = hj;
  for (let round = 0; round < 3 && j < tk.length && !possessiveHead && !workOnIt; round++) {
    const tj = j;
    if (tj >= tk.length) break;
    // "the data center on Pine Road in Kuna", "at 1200 Innovation Way near C": a street address
    // before the town; "on the outskirts of C", "just outside C": the town's edge.
    if (!p.place) {
      const street = streetEnd(tk, j);
      if (street >= 0 && /^(in|near|outside|at)$/.test(tk.low(street + 1))) {
        j = street + 1;
        continue;
      }
      const edge = edgeOfTown(tk, j);
      const pl = edge >= 0 ? parsePlacePhrase(doc.text, s, edge + 1) : null;
      if (pl && pl.place?.kind !== 'area') {
        p.place = pl;
        end = pl.last;
        j = pl.last + 1;
        continue;
      }
    }
    if ((tk.low(tj) === 'in' || tk.low(tj) === 'near' || tk.low(tj) === 'outside' || tk.low(tj) === 'at') && !p.place) {
      // "in the EU-WEST-2 region": a place word glued to a hyphen and more is the start of a code, no place.
      const found = parsePlacePhrase(doc.text, s, j + 1);
      const pl = found && tk.has(found.last + 2) && tk.text(found.last + 1) === '-' && tk.glued(found.last + 1) && tk.glued(found.last + 2) ? null : found;
      // "the Fairfax Flats data center near Houston, TX": a town word that starts a name ("Flats" after
      // it, before the head) is part of the name when the phrase places the facility elsewhere.
      if (pl && pl.place?.kind !== 'area' && p.prePlace?.kind === 'city' && p.name && nameAfterTown(doc, p, hit.start) && !pl.text.toLowerCase().includes(p.prePlace.text.toLowerCase())) {
        p.name = `${p.prePlace.text} ${p.name}`;
        p.prePlace = null;
      }
      // "its Kuna data center near Boise", "its Conyers campus in the Atlanta area": a landmark city
      // after a town written before the head; the town is where the facility is.
      // "its Pryor data center in Mayes County": the county holds the town, which is the more specific.
      if (pl && p.prePlace?.kind === 'city' && (tk.low(tj) === 'near' || tk.low(tj) === 'outside' || /\b(?:area|county|parish)$/i.test(pl.text))) {
        end = pl.last;
        j = pl.last + 1;
        continue;
      }
      // "its Kuna data center in the Alliance corridor / the Westport Industrial Park": a part of the
      // town written before the head (a name before a district noun, or one the gazetteer does not know as a
      // place); the town stays the place.
      const townBefore = !!p.prePlace && p.prePlace.kind !== 'country' && p.prePlace.kind !== 'area';
      const district = pl && townBefore ? districtEnd(tk, pl.last) : -1;
      if (district >= 0 && (district > pl!.last || !pl!.place)) {
        end = district;
        j = district + 1;
        continue;
      }
      if (pl) {
        p.place = pl;
        end = pl.last;
        j = pl.last + 1;
        continue;
      }
      break;
    }
    // "a campus on the Kestrel Trading Estate", "a data centre on Tarn Island": land named after "on".
    if (tk.low(tj) === 'on' && !p.place) {
      let pl = parsePlacePhrase(doc.text, s, j + 1);
      // "on the Slough Trading Estate": a known town's name opens the estate's.
      let k = pl ? pl.last : -1;
      while (pl && k < pl.last + 3 && tk.cap(k + 1) && tk.word(k + 1) && tk.glued(k + 1) === false) k++;
      if (pl && k > pl.last && LAND_NAME_END.test(tk.low(k))) pl = { ...pl, last: k, text: doc.text.slice(tk.start(pl.first + (tk.low(pl.first) === 'the' ? 1 : 0)), tk.end(k)), place: null };
      if (pl && pl.place === null && LAND_NAME_END.test(tk.low(pl.last))) {
        p.place = pl;
        end = pl.last;
        j = pl.last + 1;
        continue;
      }
    }
    // "a fourth data centre to be built in Ballykeel", "a campus located near Budapest".
    // "the data center built by Meta in Kuna": the agent between the participle and the place.
    const agent = !p.place && placeBridge(tk, j) < 0 ? agentBridge(doc, s, j) : null;
    const bridge = agent ? agent.prep : !p.place ? placeBridge(tk, j) : -1;
    if (bridge >= 0) {
      const pl = parsePlacePhrase(doc.text, s, bridge + 1);
      // "the largest AI campus under construction in the United States" ranks it in a country; a
      // town or a state places it.
      const ranked = pl?.place?.kind === 'country' && !agent && !PARTICIPLES_OF_PLACE.test(tk.low(bridge - 1));
      if (pl && pl.place?.kind !== 'area' && !ranked) {
        if (agent) p.operator ??= agent.org;
        p.place = pl;
        end = pl.last;
        j = pl.last + 1;
        continue;
      }
      break;
    }
    if (tk.low(tj) === 'with' || tk.low(tj) === 'of' || tk.low(tj) === 'housing' || tk.low(tj) === 'featuring' || tk.low(tj) === 'packing') {
      const r = readQuantity(doc, s, j + 1, p);
      if (r >= 0) {
        end = r;
        j = r + 1;
        continue;
      }
      // "its data centre of Pune", "the campus of Incheon": translated news puts the town after "of".
      const town = tk.low(tj) === 'of' && !p.place && !p.prePlace ? parsePlacePhrase(doc.text, s, j + 1) : null;
      if (town && town.place?.kind === 'city' && town.first === j + 1 && tk.cap(j + 1) && head.kind !== 'region') {
        p.place = town;
        end = town.last;
        j = town.last + 1;
        continue;
      }
      // "the proposed 1 GW campus of Kestrel Compute in Saskatchewan": the company it belongs to.
      const owner = tk.low(tj) === 'of' && !p.operator ? orgAt(doc.text, s, j + 1) : null;
      if (owner && owner.start === tk.start(j + 1)) {
        p.operator = owner;
        end = tokenIndexAt(tk, owner.end - 1);
        j = end + 1;
        continue;
      }
      break;
    }
    if ((tk.low(tj) === 'worth' || tk.low(tj) === 'costing') && tk.has(j + 1)) {
      const m = parseMoneyAt(doc.text, tk, j + 1);
      if (m) {
        p.money ??= m;
        end = m.last;
        j = m.last + 1;
        continue;
      }
      break;
    }
    if (NAME_INTRO.has(tk.low(tj)) || (tk.low(tj) === 'known' && tk.low(j + 1) === 'as')) {
      const k = tk.low(tj) === 'known' ? j + 2 : j + 1;
      const nm = readName(doc, s, k);
      if (nm) {
        p.name = nm.text;
        end = nm.last;
        j = nm.last + 1;
        continue;
      }
      break;
    }
    if (tk.text(tj) === '(' ) {
      const nm = readName(doc, s, j + 1);
      if (nm && tk.text(nm.last + 1) === ')') {
        // "the <town> campus (XY3)": a code in brackets names it more exactly than the town before the head.
        if (p.name && !/\d/.test(p.name) && /^\p{Lu}{2,}[-\s]?\d{1,3}\p{Lu}?$/u.test(nm.text)) p.name = nm.text;
        // "the Kuna data center (Meta)": a company in brackets runs it; it does not name it.
        const company = s.operators.find((h) => h.start === tk.start(j + 1) && h.end === tk.end(nm.last));
        if (company) p.operator ??= orgBackFrom(doc, s, j + 1, nm.last);
        else p.name ??= nm.text;
        end = nm.last + 1;
        j = nm.last + 2;
        continue;
      }
      break;
    }
    if (tk.text(tj) === ',' && tk.has(j + 1) && /^(called|named|dubbed|known|codenamed)$/.test(tk.low(j + 1))) {
      j++;
      continue;
    }
    // "a new campus in Hungary, located in Torokbalint": a participle narrows a country to its place;
    // "the VR3 data centre, located in Adelaide, will …" places a facility the phrase did not.
    if (tk.text(tj) === ',' && (!p.place || (!p.place.city && !p.place.admin))) {
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
    if (tk.low(tj) === 'on' && !p.place) {
      let k = j + 1;
      while (k < tk.length && k <= j + 6 && tk.word(k) && !LAND_NOUNS.test(tk.low(k))) k++;
      if (LAND_NOUNS.test(tk.low(k)) && /^(in|near|outside)$/.test(tk.low(k + 1))) {
        const pl = parsePlacePhrase(doc.text, s, k + 2);
        if (pl && pl.place?.kind !== 'area') {
          p.place = pl;
          end = pl.last;
        }
      }
      break;
    }
    // "a new data center that Kestrel is developing in Lubbock", "the campus it is building near
    // Odessa": a relative clause that builds or runs the facility places it (the span stays the phrase).
    if (!p.place && p.prePlace?.kind !== 'city') {
      const v = relativeClauseVerb(tk, j);
      const pl = v >= 0 && /^(?:in|near|outside)$/.test(tk.low(v + 1)) ? parsePlacePhrase(doc.text, s, v + 2) : null;
      if (pl && pl.place?.kind !== 'area') {
        p.place = pl;
        // "… that Kestrel is developing": the company the clause names builds it (a tenant may be the sentence's subject).
        const first = /^(?:that|which)$/.test(tk.low(j)) ? j + 1 : j;
        const subject = orgAt(doc.text, s, first) ?? capitalisedRun(doc, tk, first, v);
        if (subject && subject.end <= tk.start(v)) p.operator ??= subject;
        break;
      }
    }
    // "its first Middle East data center, in Saudi Arabia,": a place set off by commas.
    if (tk.text(tj) === ',' && tk.low(j + 1) === 'in' && (!p.place || p.place.place?.kind === 'area')) {
      const pl = parsePlacePhrase(doc.text, s, j + 2);
      if (pl && pl.place?.kind !== 'area' && (!tk.has(pl.last + 1) || /^[,.;]$/.test(tk.text(pl.last + 1)))) {
        p.place = pl;
        end = pl.last;
        j = pl.last + 1;
        continue;
      }
    }
    break;
  }
  if (!p.operator && !p.pronounOwner && !possessiveHead) p.operator = companyOfRelativeClause(doc, s, end + 1);
  p.end = tk.start(end) + tk.text(end).length;
  if (end === hj) p.end = hit.end;

  // Catalog site named inside the phrase.
  p.siteHit = s.sites.find((h) => h.type === ENTRY_SITE && h.start >= p.start && h.end <= p.end && nameHit(doc.text, h)) ?? null;
  return p;
}

/** The phrase's name is written between its town and its head ("Fairfax Flats data center"). */
function nameAfterTown(doc: Doc, p: Phrase, headStart: number): boolean {
  const between = doc.text.slice(p.prePlace!.end, headStart).trim();
  return between.length > 0 && between === p.name;
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

const OBJECT_START = /^(a|an|the|this|that|these|those|its|their|his|her|our|about|around|nearly|almost|roughly|some|more|up|out|how|what|why|when|where|whether|to|over|under|down|back|off|just|only|both|all|each|every|no|any|another|it|them|him|us|you|me)$/;

function verbFollows(tk: Tokens, i: number): boolean {
  if (!tk.has(i)) return false;
  const text = tk.text(i);
  return tk.num(i) || (tk.word(i) && tk.cap(i)) || OBJECT_START.test(tk.low(i)) || text === '$' || text === '€' || text === '£';
}

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

/** The last word of a named piece of land a facility stands on ("Kestrel Business Park", "Tarn Island"). */
const LAND_NAME_END = /^(?:estate|park|island)$/;

const COMPASS_WORD = /^(?:north|south|east|west|central|northern|southern|eastern|western|north-?east|north-?west|south-?east|south-?west|upper|lower|greater)$/i;

/** What may stand between a leading compass word and the place: spaces and more compass words ("South Central US"). */
const COMPASS_RUN = /^(?:\s+(?:north|south|east|west|central))*\s+$/i;

/** Land a facility is built on. */
const LAND_NOUNS = /^(site|plot|parcel|land|estate|tract|lot|acres|hectares)$/;

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

/** After "with"/"of": a capacity or a GPU count. Returns the last token index, or -1. */
function readQuantity(doc: Doc, s: Sentence, i: number, p: Phrase): number {
  const tk = s.toks;
  let k = i;
  if (tk.low(k) === 'a' || tk.low(k) === 'an') k++;
  if (tk.has(k) && /^(total|planned|initial|combined|maximum|power|it|critical)$/.test(tk.low(k))) k++;
  if (tk.has(k) && /^(capacity|load)$/.test(tk.low(k)) && tk.low(k + 1) === 'of') k += 2;
  if (tk.has(k) && /^(up|more|over|nearly|about|around|approximately|roughly|some|almost)$/.test(tk.low(k))) {
    k++;
    if (tk.has(k) && /^(to|than)$/.test(tk.low(k))) k++;
  }
  const c = parseCapacityAt(tk, k);
  if (c) {
    p.capacityMW ??= c.mw;
    let last = c.last;
    if (tk.low(last + 1) === 'of' && /^(capacity|power)$/.test(tk.low(last + 2))) last += 2;
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
  const tk = s.toks;
  let k = i;
  const quoted = tk.has(k) && /^["“‘']$/.test(tk.text(k));
  if (quoted) k++;
  const first = k;
  while (k < tk.length && k < first + 4 && tk.word(k) && (tk.cap(k) || /\d/.test(tk.text(k)) || (quoted && tk.word(k)))) {
    k++;
    // "QRO-2", "KD-LOS1": a code's hyphen, glued on both sides, keeps it one name.
    if (tk.text(k) === '-' && tk.glued(k) && tk.glued(k + 1) && tk.word(k + 1) && /\d/.test(tk.text(k + 1))) k++;
  }
  if (k === first) return null;
  let last = k - 1;
  if (quoted && tk.has(k) && /^["”’']$/.test(tk.text(k))) last = k;
  const text = doc.text.slice(tk.start(first), tk.start(k - 1) + tk.text(k - 1).length);
  return { text, last };
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
