/**
 * Attribution: which facts of the article belong to a mention: its own sentence (its company,
 * facts/mention-company.ts; its place, facts/sentence-place.ts; numbers when it is alone), the
 * sentences that follow and talk about it, ordinals said of it, and the place of its neighbours
 * when it has none.
 */
import { Doc, firstNotBefore, tokenIndexAt, type Sentence } from './context';
import { clauseAround } from './clauses';
import { type CorefItem } from './coref';
import { subjectIsBareHead } from './coref-items';
import { companiesDiffer, companyKey } from './coref-namesakes';
import { findCapacities } from './facts/capacity';
import { withoutTotals } from './facts/shares';
import { findDate } from './facts/dates';
import { aboutAnotherFacility, withoutOwnTotal } from './facts/figure-scope';
import { findGpus, withElidedShares } from './facts/gpus';
import { findMoney, type ParsedMoney } from './facts/money';
import { predicateOrdinal } from './facts/ordinal-predicate';
import type { ParsedOrdinal } from './facts/ordinal';
import { mentionCompany, sellerAfter } from './facts/mention-company';
import { frontedPlace, onlyPlacePhrase, phrasePlace, placeSaidOfSubject, rightOfName, takePlace } from './facts/sentence-place';
import { commonSubjectOwns, datelineLength, describedCommonSubject, opensAnotherStory, orgOfHit, subjectOf, type Org } from './facts/operator';
import type { Draft } from './draft';
import { nextSentence } from './sentences';
import { memoSlot } from './tokens';
import { type MentionFacts } from './types';
import { anyIn, insideAnyDraft, lowerBound } from './candidates';
import { forText, UnicodeRegExp } from './cheap-regexp';
import { HEADS, NOT_NAMES } from './vocab';

// "in total" sums several sites; "10MW in total power" sizes one.
// A portfolio ("runs 14 data centres", "operates more than 20 facilities") is the company's, not one facility's.
// (?=): JOIN of cheap-regexp.ts, one compile of each continuation (2.4 → 0.7 ms, warm Node).
export const SCOPE = /\b(equivalent of|aims?|target|fleet|globally|worldwide|(?:national|state|government|federal) (?=)(?:programmes?|programs?)|(?:connection|interconnection|grid) queue|across (?:the|its|all)|within \w+ years|company-wide|in total(?! (?:power|capacity|it load|floor))|overall|market|nationwide|industry|(?:operates|operating|runs|running|owns|has|had|manages) (?=)(?:more than |over |about |some |nearly |almost )?(?=)(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a dozen|dozens of|several) (?=)(?:[\w-]+ )?(?=)(?:data ?cent(?:er|re)s|datacent(?:er|re)s|facilities|sites|campuses))(?=)\b/i;
const BUILD_OUT = /\b(full build-?out|fully built|at full|eventually|ultimately|expand(?:ing|ed)? (?:it |the \w+ )?to|grow(?:ing)? (?:it )?to|scale[sd]? (?:it |up )?to|scaling (?:it |up )?to|up to|total(?:ling)?|bring(?:ing)? the total|in total|planned capacity|final phase)\b/i;

/** Facts from the mention's own sentence: operator, numbers (when the sentence is about it alone), date. */
export function ownFacts(doc: Doc, d: Draft, me: number, sameSentence: number[], links: number[], drafts: Draft[]): void {
  const s = d.sentence;
  const f = d.facts;
  if (!d.phrase) rightOfName(doc, d);
  const subject = subjectOf(doc, s);
  d.anaphoricSubject = subject?.kind === 'anaphor';
  const org = mentionCompany(doc, d, subject);
  d.operator = org;
  f.operator = org?.text ?? null;
  // "Oracle said its France Central region": providers name regions after the same geography, and
  // a region has one provider: another provider's region of the name is not this one.
  if (d.site >= 0 && org && org.start >= 0 && org.ops.length > 0 && doc.index.sites.kinds.at(d.site) === 'region') {
    const holders = doc.index.sites.operators.at(d.site)!;
    if (!org.ops.some((k) => holders.includes(k))) d.site = -1;
  }
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
      const pl = phrasePlace(doc, d);
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

// (?=): JOIN of cheap-regexp.ts, one compile of each continuation (2.7 → 0.4 ms, warm Node).
/** "the new 12-storey facility", "this campus": a reference by a facility's noun (JOIN marks as cheap-regexp.ts reads them). */
const FACILITY_NOUN_PHRASE = String.raw`(?:the|this|that) (?=)(?:[\w.,’'-]+ ){0,3}?(?=)(?:facility|facilities|site|campus|data ?cent(?:er|re)|cent(?:er|re)|project|building|cluster|complex|expansion|development|region|phase|plant|hub|park)`;
export const ANAPHOR = new RegExp(String.raw`\b(?:it|its|${FACILITY_NOUN_PHRASE}|the (?:company|partners|operator|developer))(?=)\b`, 'i');

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
      if (!ANAPHOR.test(sentence.slice(0, 90)) && !/\b(it|its)\b/.test(sentence.slice(0, 60)) && !MONEY_SUBJECT.test(sentence)) continue;
      const s = doc.sentenceAt(cur[0]);
      if (s.title) {
        if (single) continue;
        return; // a new section
      }
      // "Blackstone's REIT announced it has US$14 billion …": with another company as the subject,
      // "it" is that company; only a facility's noun ("the campus will draw …") speaks of this one.
      if (!FACILITY_NOUN_REFERENCE.test(sentence.slice(0, 90)) && anotherCompanySubject(doc, s, d)) continue;
      // "FRA30, the latest building on its Frankfurt campus. The building will provide 24 MW": of
      // the sentence's facilities, the one its noun names.
      const t = namedByOpeningNoun(doc, drafts, i, sentence);
      if (t < 0) continue;
      const item = items[t];
      const target = drafts[t];
      // "The facility is located in Kuna, Idaho": where the facility just named is.
      if (target.facts.location === null && target.kind !== 'region') {
        const pl = placeSaidOfSubject(doc, s);
        if (pl) takePlace(target, pl);
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
      // "The new building will add 12 MW and bring the campus to about 32 MW": from where the
      // sentence names the facility named last, its figures are that one's.
      const back = t === i ? -1 : renamedAt(doc, s, drafts[i]);
      for (const c of caps) (back >= 0 && c.first >= back ? items[i] : item).extraCapacity.push(c.mw);
      if (g.length) item.extraGpus.push(...g.map((x) => x.count));
      if (m) item.facts.investment = m.text;
    }
  });
}

/** "Total investment is estimated at about €1.2 billion.": a sentence about the cost of what was just described. */
const MONEY_SUBJECT = /^\s*(?:the\s+)?(?:total\s+|overall\s+|estimated\s+|planned\s+|initial\s+)?(?:investment|cost|costs|price tag|capex|capital expenditure|budget)\s+(?:is|was|will|would|could|totals?|totalled|totaled|comes|came|stands|reaches|of)\b/i;

/** The token where sentence s names facility d again by its noun ("the campus", "its campus"), or -1. */
function renamedAt(doc: Doc, s: Sentence, d: Draft): number {
  if (!d.phrase) return -1;
  const noun = doc.text.slice(d.phrase.headStart, d.phrase.headEnd).toLowerCase();
  for (let k = 1; k + 1 < s.toks.length; k++) if (/^(?:the|its)$/.test(s.toks.low(k)) && s.toks.low(k + 1) === noun) return k;
  return -1;
}

/** "the campus", "this facility", "the new data center": ANAPHOR's reference by a facility's noun, without "it". */
const FACILITY_NOUN_REFERENCE = new RegExp(String.raw`\b${FACILITY_NOUN_PHRASE}\b`, 'i');

/** The sentence's subject is a company other than facility d's. */
function anotherCompanySubject(doc: Doc, s: Sentence, d: Draft): boolean {
  const subject = subjectOf(doc, s);
  return subject?.kind === 'org' && !!d.operator && companiesDiffer(companyKey(subject.org), companyKey(d.operator));
}

/** The head noun of a sentence's opening reference ("The seven-storey building will …"). */
const OPENING_NOUN = /^(?:the|this|that) (?:[\w’'-]+ ){0,3}?(campus|park|complex|building|hall|data ?cent(?:er|re)|datacent(?:er|re))\b/i;
const CAMPUS_NOUN = /^(?:campus|park|complex)$/i;

/**
 * Which of the sentence's facilities (drafts[i] is its last) a following sentence opening with a
 * bare noun talks about: "The building …" is not the campus named last but the building before
 * it ("FRA30, the latest building on its Frankfurt campus"), "The campus …" not a building. A
 * facility named by a code or a name may be either; with none of the other kind, the last one
 * (-1: the last one is a cloud region, which the noun does not name).
 */
function namedByOpeningNoun(doc: Doc, drafts: Draft[], i: number, sentence: string): number {
  const noun = OPENING_NOUN.exec(sentence.slice(0, 80).replace(/\s+/g, ' '));
  if (!noun) return i;
  const campus = CAMPUS_NOUN.test(noun[1]);
  // A cloud region is neither: "That campus will have a gigawatt" is not the Mumbai region's.
  const fits = (d: Draft) => d.kind !== 'region' && (!d.phrase || CAMPUS_NOUN.test(doc.text.slice(d.phrase.headStart, d.phrase.headEnd)) === campus);
  if (fits(drafts[i])) return i;
  for (let k = i - 1; k >= 0 && drafts[k].sentence === drafts[i].sentence; k--) if (fits(drafts[k])) return k;
  return drafts[i].kind === 'region' ? -1 : i;
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
  // A company's name ("Equinix Data Center") is no town, nor a name family's word ("Zephyrgate Data Center").
  if (d.sentence.operators.some((o) => doc.text.slice(o.start, o.end) === m[1])) return null;
  const fams = doc.families;
  for (let k = firstNotBefore(fams.length, (j) => fams[j].end <= d.start); k < fams.length && fams[k].start < d.end; k++) {
    if (doc.text.slice(fams[k].start, fams[k].end) === m[1]) return null;
  }
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
