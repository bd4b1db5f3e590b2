/**
 * Attribution: which facts of the article belong to a mention: its own sentence (operator as
 * the clause subject or a possessive, numbers when it is alone), the sentences that follow and
 * talk about it, ordinals said of it, and the place of its neighbours when it has none.
 */
import { Doc, tokenIndexAt, type Sentence } from './context';
import { clauseAround } from './clauses';
import { type CorefItem } from './coref';
import { subjectIsBareHead } from './coref-items';
import { companiesDiffer, companyKey } from './coref-namesakes';
import { findCapacities, parseCapacityAt } from './facts/capacity';
import { withoutTotals } from './facts/shares';
import { findDate } from './facts/dates';
import { aboutAnotherFacility, withoutOwnTotal } from './facts/figure-scope';
import { findGpus, withElidedShares } from './facts/gpus';
import { findMoney, type ParsedMoney } from './facts/money';
import { predicateOrdinal } from './facts/ordinal-predicate';
import type { ParsedOrdinal } from './facts/ordinal';
import { parsePlacePhrase, type PlacePhrase } from './facts/place';
import { applicantBefore } from './facts/applicant';
import { clauseSubjectBefore, commonSubjectOwns, datelineLength, describedCommonSubject, opensAnotherStory, nearestOrgAfter, nearestOrgBefore, orgAt, orgOfHit, subjectOf, topicBefore, type Org } from './facts/operator';
import type { Draft } from './draft';
import { nextSentence } from './sentences';
import { ownerStatedAfter } from './owner-after';
import { correctedCompany } from './correction';
import { memoSlot, type Tokens } from './tokens';
import { type MentionFacts } from './types';
import { anyIn, insideAnyDraft, lowerBound } from './candidates';
import { forText, UnicodeRegExp } from './cheap-regexp';
import { HEADS, NOT_NAMES } from './vocab';

// "in total" sums several sites; "10MW in total power" sizes one.
// A portfolio ("runs 14 data centres", "operates more than 20 facilities") is the company's, not one facility's.
// (?=): JOIN of cheap-regexp.ts, one compile of each continuation (2.4 → 0.7 ms, warm Node).
export const SCOPE = /\b(equivalent of|aims?|target|fleet|globally|worldwide|across (?:the|its|all)|within \w+ years|company-wide|in total(?! (?:power|capacity|it load|floor))|overall|market|nationwide|industry|(?:operates|operating|runs|running|owns|has|had|manages) (?=)(?:more than |over |about |some |nearly |almost )?(?=)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several) (?=)(?:[\w-]+ )?(?=)(?:data ?cent(?:er|re)s|datacent(?:er|re)s|facilities|sites|campuses))(?=)\b/i;
const BUILD_OUT = /\b(full build-?out|fully built|at full|eventually|ultimately|expand(?:ing|ed)? (?:it |the \w+ )?to|grow(?:ing)? (?:it )?to|scale[sd]? (?:it |up )?to|scaling (?:it |up )?to|up to|total(?:ling)?|bring(?:ing)? the total|in total|planned capacity|final phase)\b/i;

/** Facts from the mention's own sentence: operator, numbers (when the sentence is about it alone), date. */
export function ownFacts(doc: Doc, d: Draft, me: number, sameSentence: number[], links: number[], drafts: Draft[]): void {
  const s = d.sentence;
  const f = d.facts;
  if (!d.phrase) rightOfName(doc, d);
  const subject = subjectOf(doc, s);
  d.anaphoricSubject = subject?.kind === 'anaphor';
  let org: Org | null = d.operator;
  // A catalog site's own operator beats whoever the sentence is about ("Equinix ... near ap-northeast-1").
  if (!org && d.site >= 0) org = siteOperatorInText(doc, d) ?? (d.phrase ? null : catalogOperator(doc, d));
  org ??= agentAfter(doc, d);
  // "Project Tundra, a … campus near Cloquet, is Google's", "Project Osprey will be …, Meta said."
  org ??= ownerStatedAfter(doc, d);
  org ??= companyBesideMention(doc, d);
  if (!org) org = clauseSubjectBefore(doc, s, d.start);
  org ??= applicantBefore(doc.text, s, d.start);
  // Its clause's subject is an owner the text describes ("a local bank"): no company of the sentence is.
  const describedOwner = !org && (!!d.phrase?.commonOwner || commonSubjectOwns(s, d.start));
  if (!org && !describedOwner && d.phrase?.pronounOwner) org = personClauseCompany(doc, s, d.start);
  if (!org && !describedOwner) {
    if (subject?.kind === 'org' && subject.org.start < d.start && subject.org.end <= d.start) org = utilityServes(doc, subject.org, d) ? (topicBefore(doc, s) ?? subject.org) : subject.org;
    else if (d.phrase?.pronounOwner) org = possessiveOwnerBefore(doc, s, d.start) ?? quotedSpeaker(doc, d) ?? interviewee(doc, d) ?? sourceOpening(doc, s, d.start) ?? agentRightBefore(doc, s, d.start) ?? (subject ? null : companyNamedBefore(doc, s, d.start)) ?? (describedCommonSubject(s) ? null : topicBefore(doc, s));
    else if (subject?.kind === 'anaphor') org = topicBefore(doc, s);
  }
  if (!describedOwner) {
    org ??= nearestOrgBefore(doc, s, d.start);
    org ??= nearestOrgAfter(doc, s, d.end);
    org ??= sourceOpening(doc, s, d.start);
  }
  // "An earlier version of this article said B operates the C data center. It is operated by A."
  const corrected = correctedCompany(doc, d, org);
  if (corrected !== undefined) org = corrected;
  d.operator = org;
  f.operator = org?.text ?? null;
  d.seller = sellerAfter(doc, d);

  const sentence = doc.text.slice(s.start, s.end);
  const scoped = sentenceScope(s, sentence);
  // Alone in its sentence, counting appositions ("KX4, a £120 million data centre") as one.
  // A mention beside a data-center head that is no mention ("the next data center … twice the size
  // of X", "The data center will provide 11MW, including the KH1 data center") shares its
  // sentence with that facility: the numbers may be the other's.
  const alone =
    sameSentence.every((k) => k === me || links[k] === me || links[me] === k || (links[k] >= 0 && links[k] === links[me])) &&
    !unmarkedHeadIn(doc, s, sameSentence.map((k) => drafts[k]));
  if (alone && !scoped) {
    const tk = s.toks;
    const first = tokenIndexAt(tk, d.start);
    const caps = withoutTotals(tk, findCapacities(tk), first);
    if (caps.length && (f.capacityMW === null || BUILD_OUT.test(sentence))) f.capacityMW = Math.max(f.capacityMW ?? 0, ...caps.map((c) => c.mw));
    const g = withoutTotals(tk, withElidedShares(tk, findGpus(tk)), first);
    if (g.length && (f.gpus === null || BUILD_OUT.test(sentence))) f.gpus = Math.max(f.gpus ?? 0, ...g.map((x) => x.count));
    if (f.location === null && d.phrase) {
      // "transform the old mill in <town> into an AI data center": the building converted is where it is.
      const pl = convertedPlace(doc, d) ?? placeBeforeWhere(doc, d) ?? placeBeforeFor(doc, d) ?? predicatePlace(doc, s, tokenIndexAt(s.toks, d.end - 1) + 1, true);
      if (pl) takePlace(d, pl);
    }
    if (f.location === null && !d.phrase) {
      // "KX4 opened last week in Swindon": the only place phrase of its sentence.
      const pl = onlyPlacePhrase(doc, s);
      if (pl) takePlace(d, pl);
    }
  }
  if (f.location === null) {
    // "In Lagos, Tarn completed its LOS2 facility": a place set before the clause places what it says.
    const pl = frontedPlace(doc, s, d.start);
    if (pl) takePlace(d, pl);
  }
  if (!alone && !scoped) clauseFigures(d, sameSentence.map((k) => drafts[k]));
  if (f.investment === null && !scoped) {
    // The next mention of the sentence bounds what follows this one.
    const until = sameSentence.map((k) => drafts[k].start).filter((x) => x >= d.end).reduce((a, b) => Math.min(a, b), s.end);
    const m = facilityMoney(doc, s, d, alone, until);
    if (m) f.investment = m.text;
  }
  f.date = sentenceDate(s, sentence);
}

/**
 * A place the sentence gives the mention, with its state: coreference tells "in Wisconsin" (a
 * state, which a Georgia city is not in) from a country by it, and the resolver narrows by it.
 */
function takePlace(d: Draft, pl: PlacePhrase): void {
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

/** Per sentence, worked out for its first mention: several mentions of one sentence ask the same. */
const SCOPE_SLOT = memoSlot();
const DATE_SLOT = memoSlot();
const MONEY_SLOT = memoSlot();

/** The sentence speaks of a company's portfolio or a total (SCOPE). */
function sentenceScope(s: Sentence, sentence: string): boolean {
  let scoped = s.memo(SCOPE_SLOT) as boolean | undefined;
  if (scoped === undefined) s.setMemo(SCOPE_SLOT, (scoped = SCOPE.test(sentence)));
  return scoped;
}

function sentenceDate(s: Sentence, sentence: string): string | null {
  let date = s.memo(DATE_SLOT) as string | null | undefined;
  if (date === undefined) {
    // "FRANKFURT, March 4 (Reuters) -": the story's date, not the facility's.
    const dateline = datelineLength(s.toks);
    s.setMemo(DATE_SLOT, (date = findDate(dateline > 0 ? sentence.slice(s.toks.start(dateline) - s.start) : sentence)));
  }
  return date;
}

/**
 * A sentence of several facilities, one per clause ("…, while Vrelo opened a site in Lagos and
 * Nimbus said its Accra campus would double to 60MW"): the figures of a mention's own clause are
 * its own when no other mention shares that clause.
 */
function clauseFigures(d: Draft, inSentence: Draft[]): void {
  const f = d.facts;
  if (f.capacityMW !== null && f.gpus !== null) return;
  const tk = d.sentence.toks;
  const [from, to] = clauseAround(tk, tokenIndexAt(tk, d.start), tokenIndexAt(tk, d.end - 1));
  if (from === 0 && to === tk.length - 1) return;
  const clauseStart = tk.start(from);
  const clauseEnd = tk.end(to);
  if (inSentence.some((o) => o !== d && o.start < clauseEnd && o.end > clauseStart)) return;
  if (f.capacityMW === null) {
    const caps = findCapacities(tk, from, to);
    if (caps.length) f.capacityMW = Math.max(...caps.map((c) => c.mw));
  }
  if (f.gpus === null) {
    const g = findGpus(tk, from, to);
    if (g.length) f.gpus = Math.max(...g.map((x) => x.count));
  }
}

/** A strong data-center head in the sentence outside every mention of it. */
function unmarkedHeadIn(doc: Doc, s: Sentence, marks: Draft[]): boolean {
  return s.heads.some((h) => HEADS[h.ref].strong && !HEADS[h.ref].plural && !marks.some((m) => m.start <= h.start && h.end <= m.end) && !measureNoun(s, h.end));
}

/** "200 MW of data center capacity": the head names a measure, no other facility. */
function measureNoun(s: Sentence, headEnd: number): boolean {
  return s.toks.low(tokenIndexAt(s.toks, headEnd - 1) + 1) === 'capacity';
}

/** "a 60MW facility by Vrelo Networks Co., Ltd.", "a campus developed by X Inc.": the agent named right after. */
function agentAfter(doc: Doc, d: Draft): Org | null {
  const tk = d.sentence.toks;
  let k = tokenIndexAt(tk, d.end - 1) + 1;
  if (/^(?:built|operated|developed|owned|run|planned|proposed)$/.test(tk.low(k))) k++;
  if (tk.low(k) !== 'by') return null;
  return orgAt(doc.text, d.sentence, k + 1) ?? capitalisedAgent(doc, d.sentence, k + 1);
}

/** "has acquired the Pryor data center from Google": the seller named right after. */
function sellerAfter(doc: Doc, d: Draft): Org | null {
  const tk = d.sentence.toks;
  const k = tokenIndexAt(tk, d.end - 1) + 1;
  return tk.low(k) === 'from' && boughtRightBefore(tk, tokenIndexAt(tk, d.start)) ? orgAt(doc.text, d.sentence, k + 1) : null;
}

const BOUGHT = /^(?:acquired|acquires|acquire|acquiring|acquisition|bought|buys|buy|buying|purchased|purchases|purchase|purchasing)$/;

/**
 * "Kestrel Capital has acquired the Pryor data center from Google", "bought a 49% stake in the
 * campus from …": the catalog lists it under the seller, though the article's company is the buyer.
 */
function boughtRightBefore(tk: Tokens, first: number): boolean {
  for (let k = first - 1; k >= Math.max(0, first - 6); k--) if (BOUGHT.test(tk.low(k))) return true;
  return false;
}

const DETERMINER_WORDS = new Set(['the', 'a', 'an', 'this', 'that', 'its', 'their', 'our']);

/** "a data centre in Hyderabad by Kestrel Tech": two to four capitalised words after "by", no place. */
function capitalisedAgent(doc: Doc, s: Sentence, i: number): Org | null {
  const tk = s.toks;
  let k = i;
  // "Kestrel Tech", "Vrelo Data": a company's later words may be ones that name nothing alone.
  while (k < tk.length && k < i + 4 && tk.word(k) && tk.cap(k) && !(k === i ? NOT_NAMES : DETERMINER_WORDS).has(tk.low(k))) k++;
  if (k - i < 2 || s.places.some((p) => p.first < k && p.last >= i)) return null;
  const start = tk.start(i);
  const end = tk.start(k - 1) + tk.text(k - 1).length;
  return { text: doc.text.slice(start, end), ops: [], start, end };
}

/** For a bare name or code: a place right after it ("ICE03 in Akureyri"), and catalog facts. */
export const TOWN_THEN_CODES = new UnicodeRegExp(String.raw`\bin\s+(\p{Lu}[\p{L}'’-]+(?:[ -]\p{Lu}[\p{L}'’-]+)?)\s*\((?:[\p{Lu}\d-]+\s*(?:,|and)\s*)*$`, 'u');

function rightOfName(doc: Doc, d: Draft): void {
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
  const codeName = /^Project\s/.test(doc.text.slice(d.start, d.end));
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
function frontedPlace(doc: Doc, s: Sentence, pos: number) {
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

function onlyPlacePhrase(doc: Doc, s: Sentence) {
  const found = [];
  for (let i = 0; i < s.toks.length; i++) {
    if (!/^(in|near|outside)$/.test(s.toks.low(i))) continue;
    const pl = parsePlacePhrase(doc.text, s, i + 1);
    if (pl && pl.place?.kind !== 'area') found.push(pl);
  }
  return found.length === 1 ? found[0] : null;
}

/**
 * "Planners approved Vrelo Data Centres' plans for a fourth hall at its Ostby campus": "its" is the
 * company named with a possessive earlier in the sentence (the nearest one), not a place's ("Japan's").
 */
function possessiveOwnerBefore(doc: Doc, s: Sentence, pos: number): Org | null {
  const tk = s.toks;
  let found: Org | null = null;
  for (let i = 0; tk.has(i) && tk.start(i) < pos; i++) {
    if (!tk.poss(i) || !tk.cap(i) || s.places.some((pl) => i >= pl.first && i <= pl.last)) continue;
    // "Ostavik Data Centres'": the company's name may end in the words themselves.
    const words = s.heads.find((h) => h.end >= tk.end(i) - 1 && h.start >= tk.start(Math.max(0, i - 2)) && h.start < tk.end(i));
    let f = words ? tokenIndexAt(tk, words.start) : i;
    while (f > 0 && i - f < 5 && tk.cap(f - 1) && tk.word(f - 1) && !tk.poss(f - 1) && !NOT_NAMES.has(tk.low(f - 1))) f--;
    if (/^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|january|february|march|april|may|june|july|august|september|october|november|december)$/.test(tk.low(i))) continue;
    const start = tk.start(f);
    const end = tk.start(i) + tk.text(i).length;
    found = { text: doc.text.slice(start, end), ops: s.operators.filter((h) => h.start >= start && h.end <= end).map((h) => h.ref), start, end };
  }
  return found;
}

const QUOTE_MARKS = /["“”]/g;

/**
 * '"We are proud to open our Kuna data center," said Jane Doe, a vice president at Meta.',
 * '"Our Pryor data center is carbon-free," Google's head of data centers said': "our" inside a
 * quotation is the speaker's company, the first one its attribution after the closing mark names.
 */
function quotedSpeaker(doc: Doc, d: Draft): Org | null {
  if (!/^(?:our|my)\b/i.test(doc.text.slice(d.start, d.end))) return null;
  const s = d.sentence;
  const before = doc.text.slice(s.start, d.start).match(QUOTE_MARKS)?.length ?? 0;
  if (before % 2 === 0) return null;
  const closing = /["“”]/.exec(doc.text.slice(d.end, s.end));
  if (!closing) return null;
  const h = s.operators.find((o) => o.start > d.end + closing.index);
  return h ? orgOfHit(doc, h) : null;
}

/** An interview's answer label: "A:", "Doe:", "JANE DOE:". */
const ANSWER_LABEL = /^\s*(?:A|[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?):\s/;
const QUESTION_LABEL = /^\s*(?:Q|Question):\s/;

/**
 * "A: Our Kuna data center is full.", "Doe: We doubled our Kuna campus.": "our" in an interview's
 * answer is the interviewee's company, the last catalog company the text before the questions
 * names (the introduction: "We spoke with Jane Doe, chief executive of Meta."), not a company
 * named in a question or an answer.
 */
function interviewee(doc: Doc, d: Draft): Org | null {
  if (!/^(?:our|my)\b/i.test(doc.text.slice(d.start, d.end))) return null;
  const text = doc.text;
  let line = text.lastIndexOf('\n', d.start - 1) + 1;
  if (!ANSWER_LABEL.test(text.slice(line, d.start))) return null;
  let asked = false;
  for (let n = 0; n < 12 && line > 0; n++) {
    const end = line - 1;
    line = text.lastIndexOf('\n', end - 1) + 1;
    const body = text.slice(line, end);
    if (!body.trim()) continue;
    if (QUESTION_LABEL.test(body)) {
      asked = true;
      continue;
    }
    if (ANSWER_LABEL.test(body)) continue;
    if (!asked) return null;
    // The introduction's sentences, last first.
    for (let p = end - 1; p >= line; ) {
      const s = doc.sentenceAt(p);
      const h = s.operators.findLast((o) => o.start >= line && o.end <= end);
      if (h) return orgOfHit(doc, h);
      p = s.start - 1;
    }
  }
  return null;
}

/**
 * "According to Microsoft, its La Muela data center …", "According to Meta spokesperson Jane Doe,
 * the Kuna data center …": the company a sentence opens by citing speaks of its own facility.
 */
function sourceOpening(doc: Doc, s: Sentence, pos: number): Org | null {
  const opening = /^\s*according to\b[^,;]*,/i.exec(doc.text.slice(s.start, pos));
  const h = opening && s.operators.find((o) => o.end <= s.start + opening[0].length);
  return h ? orgOfHit(doc, h) : null;
}

/** A facility's own word after "a/an OP": "an Ostavik project", "a Meta-owned campus". */
const APPOSITIVE_HEAD = /^(?:-(?:owned|run|operated|backed|led|built))?\s+(?:(?:AI|hyperscale|data[- ]cent(?:er|re)|new|planned|proposed)\s+)*(?:project|campus|facility|site|development|data\s*cent(?:er|re)|build)\b/i;
/** A possessive appositive's noun: "Google's largest in the state", "Meta's first in Asia". */
const APPOSITIVE_POSSESSIVE = /^['’]s?\s+(?:largest|biggest|first|second|third|newest|latest|flagship|only|main|oldest|own)\b/i;
/** "one of Google's largest", "part of Meta's cloud network": a possessive appositive's whole. */
const APPOSITIVE_MEMBER = /^['’]s?\s+(?:[a-z-]+\s+){0,3}?(?:largest|biggest|newest|latest|oldest|network|portfolio|fleet|footprint|estate|platform|campus(?:es)?|sites|facilities|data\s*cent(?:er|re)s)\b/i;
/** A verb or preposition of a dispute with the company before it: "fought Meta for years over the …". */
const DISPUTE_WITH = /\b(?:sued|sues|suing|fought|fights|fighting|against|challenged|challenging|battled|battling|opposed|opposing)\s+$/i;

/**
 * A catalog company the sentence gives the mention outside its subject slot: in an appositive right
 * after it ("The Council Bluffs data center, a Google project, will …", "…, Google's largest in the
 * state, …"), in a fronted "For X," / "At X," that the mention follows ("For Meta, the Eagle Mountain
 * data center is …"), or as the object a dispute is about ("Residents sued Meta over the … data center").
 */
function companyBesideMention(doc: Doc, d: Draft): Org | null {
  const s = d.sentence;
  const text = doc.text;
  const appositive = /^,\s+(?:(an?|the)\s+|((?:one|part|some|among)\s+of)\s+)?/i.exec(text.slice(d.end, d.end + 16));
  if (appositive) {
    const at = d.end + appositive[0].length;
    const h = s.operators.find((o) => o.start === at);
    const rest = h ? text.slice(h.end, h.end + 60) : '';
    const fits = appositive[1] ? APPOSITIVE_HEAD : appositive[2] ? APPOSITIVE_MEMBER : APPOSITIVE_POSSESSIVE;
    if (h && fits.test(rest)) return orgOfHit(doc, h);
  }
  const fronted = /^\s*(?:for|at)\s+$/i;
  const first = s.operators[0];
  if (first && first.end <= d.start && fronted.test(text.slice(s.start, first.start)) && /^,\s+(?:the\s+)?$/i.test(text.slice(first.end, d.start))) return orgOfHit(doc, first);
  const last = s.operators.findLast((o) => o.end <= d.start);
  if (last && /^\s+over\s+(?:the\s+|its\s+)?$/i.test(text.slice(last.end, d.start))) return orgOfHit(doc, last);
  // "Patel joins from Meta, where he ran the Kuna data center": the place of a person's work.
  if (last && /^,\s+where\s+(?:he|she)\s[^,;.]*$/i.test(text.slice(last.end, d.start))) return orgOfHit(doc, last);
  // "Neighbors fought Meta for years over the …", "A judge ruled against Meta in a dispute over the …".
  if (last && DISPUTE_WITH.test(text.slice(Math.max(s.start, last.start - 12), last.start)) && /^[^,.;:]{0,40}\bover\s+(?:the\s+|its\s+)?$/i.test(text.slice(last.end, d.start))) return orgOfHit(doc, last);
  return null;
}

/** "the rezoning sought by Google for its data center in Pryor": "its" is the passive's agent, named just before. */
function agentRightBefore(doc: Doc, s: Sentence, pos: number): Org | null {
  const h = s.operators.findLast((o) => o.end <= pos);
  if (!h || !/^\s+(?:for|at|to|in|on|of|with)\s+$/i.test(doc.text.slice(h.end, pos))) return null;
  return /\bby\s+$/i.test(doc.text.slice(Math.max(s.start, h.start - 4), h.start)) ? orgOfHit(doc, h) : null;
}

/**
 * "The council told Google that its … data center", "A spokesperson for Meta said its …",
 * "Regulators asked Google whether its …": when no company is the sentence's subject, "its" goes
 * back to the catalog company its own sentence names last, not to the paragraph before's.
 */
function companyNamedBefore(doc: Doc, s: Sentence, pos: number, from = s.start): Org | null {
  const h = s.operators.findLast((o) => o.end <= pos);
  // "houses 8,000 Nvidia H100 GPUs at its …": a maker's name before its product names no owner.
  return h && h.start >= from && !/^\s+[A-Z\d]/.test(doc.text.slice(h.end, h.end + 3)) ? orgOfHit(doc, h) : null;
}

/**
 * "She previously worked for Meta at its Kuna data center", "Google hired Lena Ortiz, who worked for
 * Meta at its …": "its" in a clause whose subject is a person goes back to the company that clause
 * names, not to the sentence's or the paragraph's company.
 */
function personClauseCompany(doc: Doc, s: Sentence, pos: number): Org | null {
  const before = doc.text.slice(s.start, pos);
  const who = /,\s+who\s[^,;]*$/i.exec(before);
  const from = who ? s.start + who.index : /^\W*(?:he|she)\s/i.test(before) ? s.start : -1;
  return from < 0 ? null : companyNamedBefore(doc, s, pos, from);
}

/** A utility's name: "Idaho Power", "Dominion Energy", "Entergy Louisiana" is not, "Georgia Power Co." is. */
const UTILITY_NAME = /\b(?:Power|Energy|Electric|Electricity|Utilities|Light|Gas)\b/;

/** What a utility does for a customer's facility. */
const SERVES = /\b(?:serve[sd]?|serving|supply|supplie[sd]|supplying|power(?:s|ed|ing)?|connect(?:s|ed|ing)?|customers?|substation|interconnect\w*|transmission)\b/i;

/**
 * "Idaho Power said it will serve the Kuna data center", "Dominion filed a contract to supply the
 * … data center": a utility the catalog does not list as an operator, serving a facility it does not
 * call its own, speaks of a customer's: the facility stays the paragraph's company's.
 */
function utilityServes(doc: Doc, org: Org, d: Draft): boolean {
  return org.ops.length === 0 && !d.phrase?.pronounOwner && UTILITY_NAME.test(org.text) && SERVES.test(doc.text.slice(org.end, d.start));
}

/** A catalog site's operator, as the text names it when it does. */
function siteOperatorInText(doc: Doc, d: Draft): Org | null {
  const ops = doc.index.sites.operators.at(d.site)!;
  const h = d.sentence.operators.find((o) => ops.includes(o.ref));
  return h ? orgOfHit(doc, h) : null;
}

export function catalogOperator(doc: Doc, d: Draft): Org | null {
  if (d.site < 0) return null;
  const ops = doc.index.sites.operators.at(d.site)!;
  return ops.length ? { text: doc.index.operators.names.at(ops[0])!, ops: [ops[0]], start: -1, end: -1 } : null;
}

// "The Tier-IV data centre will …", "The new 12-storey facility …", "It …": the sentence is about the facility just named.
// (?=): JOIN of cheap-regexp.ts, one compile of each continuation (2.7 → 0.4 ms, warm Node).
export const ANAPHOR = /\b(?:it|its|(?:the|this|that) (?=)(?:[\w.,’'-]+ ){0,3}?(?=)(?:facility|facilities|site|campus|data ?cent(?:er|re)|cent(?:er|re)|project|building|cluster|complex|expansion|development|region|phase|plant|hub|park)|the (?:company|partners|operator|developer))(?=)\b/i;

/** "each site could support 1 GW", "all three campuses will": a figure for every one of several facilities. */
export const DISTRIBUTIVE = /\b(?:each|every|both|all(?: \w+)?)(?=) (?:of (?:the|its|their|these|those) )?(?=)(?:sites?|facilit(?:y|ies)|campus(?:es)?|data ?cent(?:er|re)s?|locations?|projects?)\b/i;

/**
 * Sentences right after a mention that talk about it without naming it ("At full build-out it
 * will provide 20MW", "The facility will house 60,000 GPUs") add their numbers to its facts.
 * In an article about a single facility, "the facility" or "the center" further down (past other
 * sentences and subheads) can only be that one, so the walk goes on to the next mention.
 */
export function attachFollowingSentences(doc: Doc, drafts: Draft[], items: CorefItem[], clusters: number[]): void {
  const starts = drafts.map((d) => d.start);
  // "The Tier-IV data centre will …", "The new 12-storey facility …", "It …": the sentence is about the facility just named.

  const single = singleFacility(drafts, clusters);
  drafts.forEach((d, i) => {
    if (i + 1 < drafts.length && drafts[i + 1].sentence === d.sentence) return;
    let cur: [number, number] | null = [d.sentence.start, d.sentence.end];
    for (let n = 0; single || n < 4; n++) {
      cur = nextSentence(doc.text, cur[1]);
      if (!cur) return;
      if (anyIn(starts, cur[0], cur[1])) {
        // "The data center will provide 11MW, including the KH1 data center": a sentence opened by a
        // bare reference is about the facility just named up to the next mention.
        const s = doc.sentenceAt(cur[0]);
        if (subjectIsBareHead(s) && !s.title) {
          const until = tokenIndexAt(s.toks, starts[lowerBound(starts, cur![0])]) - 1;
          const caps = findCapacities(s.toks, 0, until);
          if (caps.length && !SCOPE.test(doc.text.slice(cur[0], cur[1]))) items[i].extraCapacity.push(...caps.map((c) => c.mw));
        }
        return;
      }
      const sentence = doc.text.slice(cur[0], cur[1]);
      if (!ANAPHOR.test(sentence.slice(0, 90)) && !/\b(it|its)\b/.test(sentence.slice(0, 60))) continue;
      const s = doc.sentenceAt(cur[0]);
      if (s.title) {
        if (single) continue;
        return; // a new section
      }
      const item = items[i];
      // "The facility is located in Kuna, Idaho": where the facility just named is.
      if (d.facts.location === null && d.kind !== 'region') {
        const pl = predicatePlace(doc, s, subjectEnd(s), false);
        if (pl) takePlace(d, pl);
      }
      // "The facility, which is to be the firm's 3rd such site in Britain, …"
      if (item.facts.ordinal === null) {
        const ord = predicateOrdinal(s, () => false, item.kind === 'campus');
        if (ord) item.facts.ordinal = ord.text;
      }
      if ((SCOPE.test(sentence) && SCOPE.test(withoutOwnTotal(sentence))) || DISTRIBUTIVE.test(sentence)) continue;
      const caps = findCapacities(s.toks);
      const g = findGpus(s.toks);
      const m = item.facts.investment === null ? facilityMoney(doc, s) : null;
      // Asked only of a sentence with a figure: most have none.
      if ((caps.length || g.length || m) && aboutAnotherFacility(sentence)) continue;
      if (caps.length) item.extraCapacity.push(...caps.map((c) => c.mw));
      if (g.length) item.extraGpus.push(...g.map((x) => x.count));
      if (m) item.facts.investment = m.text;
    }
  });
}

const MONEY_SCOPE_BEFORE = /\b(broader|overall|total|combined|cumulative|annual|wider|larger|entire)\s*$/i;
const MONEY_SCOPE_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:investment\s+)?(?:across|over the next|per year|a year|annually|each year|in (?:ai|artificial|cloud|the country|the state|the region|infrastructure|data cent))/i;
/**
 * Money that is not spent on the facility: an incentive given for it ("a tax abatement worth $40
 * million", "$12 million in tax breaks"), plants or lines built to serve it ("$3.2 billion on gas
 * plants"), and what a utility or a public body spends ("the county will invest $50 million in roads").
 */
const NOT_SPENT_ON_IT_BEFORE = /(?:\b(?:abatements?|incentives?|tax breaks?|tax credits?|subsid(?:y|ies)|grants?|rebates?|exemptions?)\b[^.;$]{0,20}|\b(?:utility|utilities|county|city|state|government|council|municipality|province|cooperative|authority)\s+(?:\w+\s+){0,2}?(?:spend|spent|invest|invested|pour|poured|commit|committed|allocated?)\s+(?:about\s+|some\s+|nearly\s+|more than\s+|over\s+|up to\s+)?)$/i;
const NOT_SPENT_ON_IT_AFTER = /^\s*(?:\([^)]*\)\s*)?(?:in (?:\w+ )?(?:tax|incentives?|subsid|grants?|rebates?|abatements?|exemptions?)|(?:on|for) (?:[\w-]+ ){0,3}?(?:plants?|power stations?|transmission lines?|substations?|pipelines?|reactors?)\b)/i;
const SPEND = /\b(spend|spending|spent|invest|investing|invested|investments?|capex|cost|costs|costing|worth|valued|value|price tag|budget|financ\w*|plow|pour|commit\w*)\b/i;

/** Every facility mention of the article is one facility (cloud regions aside). */
function singleFacility(drafts: Draft[], clusters: number[]): boolean {
  let only = -1;
  for (let i = 0; i < drafts.length; i++) {
    if (drafts[i].kind === 'region') return false;
    if (only >= 0 && clusters[i] !== only) return false;
    only = clusters[i];
  }
  return only >= 0;
}

/** The money its sentence gives for the facility: not a programme's or a company's total. */
function facilityMoney(doc: Doc, s: Sentence, d?: Draft, alone = true, until = s.end): ParsedMoney | null {
  const text = doc.text;
  const found = sentenceMoney(text, s);
  if (found.length === 0) return null;
  if (d) {
    // "spend $4 billion on a second ... data center": money before the mention, tied by a spending verb.
    const before = found.filter((m) => m.end <= d.start && d.start - m.end < 80 && SPEND.test(text.slice(Math.max(s.start, m.start - 40), d.start)));
    if (before.length) return before[before.length - 1];
    const after = found.filter((m) => m.start >= d.end && SPEND.test(text.slice(d.end, m.start)));
    if (after.length) return after[0];
    // "a 15MW facility by A, for 4.1 billion baht; a 70MW facility by B, for …": a list item's price.
    const item = found.find((m) => m.start >= d.end && m.end <= until && /\bfor\s*$/.test(text.slice(d.end, m.start)) && !/[;:]/.test(text.slice(d.end, m.start)));
    if (item) return item;
  }
  return alone && found.length === 1 && SPEND.test(text.slice(s.start, s.end)) ? found[0] : null;
}

/** The sentence's amounts that are not a programme's or a company's total (read for its first mention). */
function sentenceMoney(text: string, s: Sentence): ParsedMoney[] {
  let found = s.memo(MONEY_SLOT) as ParsedMoney[] | undefined;
  if (!found) {
    found = findMoney(text, s.toks).filter(
      (m) => {
        const before = text.slice(Math.max(s.start, m.start - 60), m.start);
        const after = text.slice(m.end, m.end + 60);
        return !MONEY_SCOPE_BEFORE.test(before.slice(-24)) && !MONEY_SCOPE_AFTER.test(after) && !NOT_SPENT_ON_IT_BEFORE.test(before) && !NOT_SPENT_ON_IT_AFTER.test(after);
      },
    );
    s.setMemo(MONEY_SLOT, found);
  }
  return found;
}

/**
 * Whether the article's company (its topic, or the one company its facilities name) may be given
 * to facility d, which names none. Not to a facility whose sentence starts another story or has an
 * owner of its own ("a local bank … its data center"); not backwards, to a facility written before
 * the company is, when the company's own sentence is about another facility ("A data center in
 * Abilene was approved. Kestrel Data said it would build one in Lubbock.").
 */
export function mayLend(doc: Doc, org: Org | null, d: Draft, drafts: readonly Draft[]): boolean {
  if (opensAnotherStory(doc, d.sentence) || d.phrase?.commonOwner || (d.phrase?.pronounOwner && describedCommonSubject(d.sentence)) || commonSubjectOwns(d.sentence, d.start)) return false;
  // Named before the facility (or in it: a headline's "Kakao Siheung IDC") is forwards. (A company
  // coreference shared as a fact only has no position.)
  if (!org || org.start < 0 || org.start < d.end || doc.text.lastIndexOf(doc.text.slice(org.start, org.end), d.end) >= 0) return true;
  const own = doc.sentenceAt(org.start);
  return !drafts.some((x) => x.sentence === own);
}

/** The company an article is about: the subject of its first sentences or its headline's operator. */
export function articleTopic(doc: Doc): Org | null {
  let cur: [number, number] | null = [0, 0];
  for (let n = 0; n < 4; n++) {
    cur = nextSentence(doc.text, cur[1]);
    if (!cur) return null;
    const s = doc.sentenceAt(cur[0]);
    // "Separately, Meta said …" is the company of another story, not the article's.
    if (opensAnotherStory(doc, s)) continue;
    const subj = subjectOf(doc, s);
    if (subj?.kind === 'org') return subj.org;
    if (s.title && s.operators.length) {
      const h = s.operators[0];
      return orgOfHit(doc, h);
    }
  }
  return null;
}

/**
 * A facility the article places nowhere ("KX4", "the 12MW facility") is where the article's
 * nearby mentions are: the closest earlier mention with a city within three sentences, else the
 * article's one city, else its one country. Cloud regions are not placed this way.
 */
export function placesFromContext(doc: Doc, drafts: Draft[], facts: MentionFacts[], sentenceNos: number[], clusters: number[]): void {
  // One facility, one place: the first of its marks the context places decides for the others.
  const decided = new Map<number, string>();
  const placed = drafts.map((d, i) => ({ i, loc: facts[i].location, city: !!d.city, country: d.country })).filter((x) => x.loc);
  const cities = new Set(placed.filter((x) => x.city).map((x) => x.loc!.toLowerCase()));
  const countries = new Set(placed.map((x) => x.country).filter(Boolean));
  const onlyCity = cities.size === 1 ? placed.find((x) => x.city)!.loc : null;
  const onlyCountry = countries.size === 1 && cities.size === 0 ? placed[0]?.loc ?? null : null;
  drafts.forEach((d, i) => {
    if (facts[i].location !== null || d.kind === 'region') return;
    // "It is weighing a third campus": a numbered newcomer is not where the facility before it is.
    if (d.phrase?.indefinite && d.phrase.ordinal && !decided.has(clusters[i])) return;
    if (decided.has(clusters[i])) {
      facts[i].location = decided.get(clusters[i])!;
      return;
    }
    // "Wonju IDC", "Hanam Data Center": a one-word name before a data-center head is its town.
    const town = townInName(doc, d);
    if (town) {
      facts[i].location = town;
      decided.set(clusters[i], town);
      return;
    }
    let near: string | null = null;
    let another = false;
    for (let k = i - 1; k >= 0 && sentenceNos[i] - sentenceNos[k] <= 3; k--) {
      if (facts[k].location && drafts[k].city && drafts[k].kind !== 'region') {
        another = placeOfAnotherStory(doc, drafts[k], d);
        if (!another) near = facts[k].location;
        break;
      }
    }
    // The article's only city is then the other story's too.
    facts[i].location = another ? null : near ?? onlyCity ?? onlyCountry;
    if (facts[i].location !== null) decided.set(clusters[i], facts[i].location);
  });
}

/**
 * "Crusoe said Project Jade in Cheyenne … // In Europe, Data4 raised bonds for its Hanau data center": a
 * paragraph later, another company's facility is not where the facility before it is. (A facility
 * with no company read may still be the one the paragraph before placed: roundups come back to it.)
 */
function placeOfAnotherStory(doc: Doc, before: Draft, d: Draft): boolean {
  const [a, b] = [before.operator, d.operator];
  return !!a && !!b && companiesDiffer(companyKey(a), companyKey(b)) && doc.text.slice(before.end, d.start).includes('\n');
}

/** "Wonju IDC", "Hanam 2 Data Center"; not "Spring Campus" or "Center": ordinary words stand before those heads. */
export const TOWN_NAME = new UnicodeRegExp(String.raw`^(\p{Lu}\p{Ll}[\p{L}-]*)(?:\s+\d{1,2})?\s+(?:IDC|Data\s*Cent(?:er|re)|Datacent(?:er|re))$`, 'u');

/** The town a mention's text or name gives as its one capitalised word before a data-center head. */
function townInName(doc: Doc, d: Draft): string | null {
  // "Kestrel Wonju IDC": a company's name before the town is the company's, the town still the town.
  const text = doc.text.slice(d.start, d.end);
  const company = d.operator?.text;
  const own = company && text.startsWith(`${company} `) ? company.length + 1 : 0;
  const rest = text.slice(own);
  const m = forText(TOWN_NAME, rest).exec(rest) ?? (d.facts.name ? forText(TOWN_NAME, d.facts.name).exec(d.facts.name) : null);
  if (!m || NOT_NAMES.has(m[1].toLowerCase())) return null;
  // A company's name ("Equinix Data Center") is no town.
  if (d.sentence.operators.some((o) => doc.text.slice(o.start, o.end) === m[1])) return null;
  return m[1];
}

/** Words after a predicate ordinal that introduce the facilities counted before it. */
const EARLIER_ONES = /\b(?:after|following|besides|alongside|joining|in addition to|as well as|behind)\b/;

/** The sentence's words from token `from` up to offset `end`, lower-cased and spaced. */
function wordsBetween(s: Sentence, from: number, end: number): string {
  const out: string[] = [];
  for (let k = from; s.toks.has(k) && s.toks.start(k) < end; k++) out.push(s.toks.low(k));
  return out.join(' ');
}

/** A facility without an ordinal of its own takes one said of it in a member's sentence. */
export function addPredicateOrdinals(drafts: Draft[], items: CorefItem[], clusters: number[]): void {
  const taken = insideAnyDraft(drafts);
  // Mentions of one sentence ask it the same question: read each sentence once.
  const said = new Map<Sentence, ParsedOrdinal | null>();
  const done = new Set<number>();
  drafts.forEach((d, i) => {
    if (d.facts.ordinal) done.add(clusters[i]);
  });
  drafts.forEach((d, i) => {
    if (done.has(clusters[i])) return;
    let ord = said.get(d.sentence);
    if (ord === undefined) said.set(d.sentence, (ord = predicateOrdinal(d.sentence, taken)));
    if (!ord) return;
    // "… is its third in the city, following KX1 and the Tarn campus": the ones it follows came first.
    if (EARLIER_ONES.test(wordsBetween(d.sentence, ord.last + 1, d.start))) return;
    done.add(clusters[i]);
    d.facts.ordinal = ord.text;
    d.ordinalRank = ord.rank;
    items[i].facts = d.facts;
  });
}
