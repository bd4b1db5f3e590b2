/**
 * Facility names that carry no head word: a name with its number ("Lima 3", "Kestrel Leeds 2",
 * "Bogota 3", "Harbour Point III", "Andes West 2 region") and a named project ("Project
 * Lantern"). Only on pages about data centers, and only where the words say it is a facility: the
 * name holds a place, follows an operator, or a facility word follows the number. Words that
 * number other things ("Phase 2", "Tier 3", "Windows 11", "Route 66") never count.
 */
import { forText, UnicodeRegExp } from './cheap-regexp';
import type { Doc } from './context';
import { numberedNameMatches } from './numbered-scan';
import { FOLLOWERS_OK } from './vocab';

export interface NamedHit {
  start: number;
  end: number;
  /** The name as written, without a trailing head word. */
  name: string;
  kind: 'facility' | 'region' | 'project';
  /**
   * Read for what it says of the facility but not marked: a street or township name written bare
   * ("Traffic on Old Mill Road") is the place, though the sentence may still speak of the facility.
   */
  silent?: boolean;
  /** "Delta Forge 3" beside the catalog's "Delta Forge 1" and "Delta Forge 2": a catalog family's member, a facility without a data-center word. */
  sibling?: boolean;
  /** Set before an apposition ("Black Pearl, its 200 MW campus in …"): the apposition places it, not a word of the name. */
  apposed?: boolean;
  /** Given right after a description ("… in Hanau, which it calls Kestrel"): it is that facility. */
  given?: boolean;
}

/** Words whose number is not a facility's: phases, versions, roads, rooms, ranks, dates. */
const NOT_NUMBERED = new Set(
  `phase phases tier level unit units building buildings section route interstate highway hwy windows version v stage block lot
  zone gen generation chapter article covid hall floor room line round class grade type series model day week year quarter q
  top number no vol figure rated rating table act title part group team plan ward district terminal gate pier berth exit runway platform hq
  channel street avenue road lane step option rule schedule appendix exhibit item note page season episode world cup league
  division formula gpt llama gemini claude grok iphone galaxy pixel xbox playstation ps h b a m s k rtx gtx dgx hgx gb nvl
  january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept
  oct nov dec monday tuesday wednesday thursday friday saturday sunday fy cy ai web industry revolution star wars`.split(/\s+/),
);

const FACILITY_AFTER = /^\s*(?:data\s+cent(?:er|re)|datacent(?:er|re)|campus|facility|site|building|idc|dc\b|center|centre|region|cloud region|availability zone)/i;

/**
 * "Harbour Point III, a 40MW data center in Cork", "Kestrel 2, its second campus": an apposition
 * that calls the name a facility. A head that modifies another noun ("a data center chip") does not.
 */
const APPOSITIVE_FACILITY =
  /^,\s+(?:a|an|its|their|the|our)\s+(?:[^,.;:()]{0,60}?\s)?(?:data\s+cent(?:er|re)|datacent(?:er|re)|campus|facility)(?!\s+(?:chips?|gpus?|processors?|operators?|providers?|company|companies|firms?|business|developers?|reits?|stocks?|funds?|market|revenue|sales|segment|unit|division|products?)\b)/i;

/** A headline's verb in the third person ("Unveils", "SWITCHES", "Completes"): what FOLLOWERS_OK does not list. */
const HEADLINE_VERB = /^(?:unveils|switches|completes|launches|starts|begins|gets|adds|buys|sells|files|builds|announces|acquires|powers|boots|debuts|fires|turns|reveals|confirms|targets|picks|chooses|selects|scraps|halts|pauses|delays|approves|rejects|backs|brings|readies|energizes|energises|commissions|inaugurates|breaks|plans)$/i;

function lastIndexWhere<T>(xs: readonly T[], f: (x: T) => boolean): number {
  for (let k = xs.length - 1; k >= 0; k--) if (f(xs[k])) return k;
  return -1;
}

/** Numbered facility names of a data-center page. */
export function findNumberedNames(doc: Doc): NamedHit[] {
  const out: NamedHit[] = [];
  for (const m of numberedNameMatches(doc.text)) {
    // "The Andes West 2 region": an article is not part of the name.
    const lead = /^(?:The|A|An|Its|Their|Our) /.exec(m[1]);
    if (lead && m[1].length === lead[0].length) continue;
    let words = m[1].slice(lead ? lead[0].length : 0).split(/\s+/);
    let start = m.index + (lead ? lead[0].length : 0);
    // "Microsoft Unveils Fairwater 2 In Atlanta", "XAI SWITCHES ON COLOSSUS 2": in a headline every
    // word is capitalised, so the name starts after its last verb or preposition.
    if (doc.sentenceAt(start).title) {
      const cut = lastIndexWhere(words, (w) => FOLLOWERS_OK.has(w.toLowerCase()) || HEADLINE_VERB.test(w));
      if (cut >= 0 && cut < words.length - 1) {
        start += words.slice(0, cut + 1).join(' ').length + 1;
        words = words.slice(cut + 1);
      } else if (cut === words.length - 1) continue;
    }
    const last = words[words.length - 1].toLowerCase().replace(/[.'’]/g, '');
    if (NOT_NUMBERED.has(last) || words.some((w) => NOT_NUMBERED.has(w.toLowerCase()) && w.length > 2 && words.length === 1)) continue;
    const end = m.index + m[0].length;
    const s = doc.sentenceAt(start);
    // Sentence-initial capital is no sign of a name: the name must be capitalised mid-sentence too.
    const after = doc.text.slice(end, end + 24);
    const headAfter = FACILITY_AFTER.exec(after);
    const place = s.places.some((p) => p.start >= start && p.end <= end - m[2].length && p.kind !== 'area');
    const operatorBefore = s.operators.some((o) => o.start >= start && o.end <= end - m[2].length);
    const operatorAdjacent = s.operators.some((o) => o.end <= start && /^['’]?s?\s+$/.test(doc.text.slice(o.end, start)));
    // "Delta Forge 3" beside the catalog's "Delta Forge 1" and "Delta Forge 2": a sibling of a numbered family.
    const sibling = doc.families.some((f) => f.start === start && /^\s+$/.test(doc.text.slice(f.end, end - m[2].length)));
    if (!place && !operatorBefore && !operatorAdjacent && !headAfter && !sibling && !APPOSITIVE_FACILITY.test(doc.text.slice(end, end + 90))) continue;
    let hitStart = start;
    if (operatorAdjacent) hitStart = s.operators.find((o) => o.end <= start && /^['’]?s?\s+$/.test(doc.text.slice(o.end, start)))!.start;
    const region = !!headAfter && /region|zone/i.test(headAfter[0]);
    out.push({ start: hitStart, end: headAfter ? end + headAfter[0].length : end, name: doc.text.slice(start, end), kind: region ? 'region' : 'facility', sibling });
  }
  return out;
}

// Spaces only within a line: "Project" ending a heading or a table cell is no name of the next block.
export const PROJECT_NAME = new UnicodeRegExp(String.raw`(?<![\p{L}\p{N}])Project[ \t\u00a0]+(\p{Lu}[\p{L}\p{N}-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{N}-]*)?)`, 'gu');
const NOT_PROJECT = new Set(['manager', 'management', 'director', 'lead', 'leader', 'finance', 'financing', 'officer', 'engineer', 'coordinator', 'team', 'update', 'overview', 'description', 'details', 'site', 'area', 'cost', 'costs', 'stargate']);

/** "Project Lantern": a code-named data-center project. */
export function findProjectNames(doc: Doc): NamedHit[] {
  const out: NamedHit[] = [];
  // Its Unicode classes are costly to compile on a woken worker's first page: plain text runs its ASCII twin.
  const projectName = forText(PROJECT_NAME, doc.text);
  projectName.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = projectName.exec(doc.text))) {
    const first = m[1].split(/\s+/)[0].toLowerCase();
    if (NOT_PROJECT.has(first)) continue;
    // A second capitalised word belongs to the name only when it is not a sentence's next start.
    out.push({ start: m.index, end: m.index + m[0].length, name: m[0], kind: 'project' });
  }
  return out;
}

/**
 * "Black Pearl, its 200-megawatt data center in Winkler County", "Harbour Point, a 40MW campus": a
 * capitalised name set before an apposition that calls it a facility, whose head ends its phrase.
 * Two to four capitalised words with no digit (codes and numbered names are read elsewhere) and
 * no word in capitals (a company's letters: "STT GDC Thailand, its …").
 */
const APPOSED_NAME = new UnicodeRegExp(String.raw`(?<![\p{L}\p{N}'’-])(\p{Lu}[\p{L}\p{N}'’-]*(?:[ \t\u00a0]+\p{Lu}[\p{L}\p{N}'’-]*){0,3})$`, 'u');
/** What an apposition that calls the name a facility starts with: read first, at every comma. */
const APPOSITION_START = /^,\s+(?:a|an|its|their|the|our)\s/i;
const NOT_APPOSED = new Set(
  `however meanwhile separately today yesterday also additionally moreover instead still now then later earlier first second finally
  overall indeed similarly likewise nevertheless last next this that these those the its their our his her it they we he she in on at
  for by from with after before since during until while when where as so but and or yes no ok analysts officials residents
  take inside across meet consider look see read introducing welcome about behind beyond under over into within without near among
  between through toward towards upon via artificial intelligence outside greater downtown metro central northern southern
  eastern western upper lower`.split(/\s+/),
);
/** After the apposition's head: the phrase ends there ("…, its 200 MW data center in Winkler County", "…, a 55 MW campus."). */
const HEAD_ENDS = /^(?:\s+(?:campus|site|park|complex|hub|facility))?(?:\s*[,.;:)]|\s*$|\s+(?:in|at|near|outside|on|with|that|which|where|north|south|east|west|located|being|under|set|due|planned|slated|expected)\b)/i;
/** "spokesperson Jane Doe, …", "according to Ada Lin, …": a person named after a role. */
const PERSON_BEFORE = /\b(?:spokes(?:person|man|woman)|ceo|cto|cfo|coo|chief|president|chair(?:man|woman)?|director|manager|head|founder|analyst|executive|officer|mayor|governor|minister|senator|commissioner|mr|mrs|ms|dr|prof|according to)\.?\s+$/i;
const POSSESSIVE_HEAD = /^(?:['’]s?\b|\s+(?:of|for)\b)/;

export function findApposedNames(doc: Doc): NamedHit[] {
  const out: NamedHit[] = [];
  const text = doc.text;
  // From each comma that opens an apposition back to the name before it: a page has far fewer such
  // commas than capitalised words.
  for (let at = text.indexOf(','); at >= 0; at = text.indexOf(',', at + 1)) {
    const after = text.slice(at, at + 90);
    if (!APPOSITION_START.test(after)) continue;
    const ap = APPOSITIVE_FACILITY.exec(after);
    if (!ap || POSSESSIVE_HEAD.test(after.slice(ap[0].length)) || !HEAD_ENDS.test(after.slice(ap[0].length))) continue;
    const before = text.slice(Math.max(0, at - 80), at);
    const m = forText(APPOSED_NAME, before).exec(before);
    if (!m) continue;
    const end = at;
    const start = end - m[1].length;
    const words = m[1].split(/\s+/);
    if (/\d/.test(m[1]) || words.some((w) => NOT_APPOSED.has(w.toLowerCase()) || /^[A-Z]{2,}$/.test(w))) continue;
    if (PERSON_BEFORE.test(text.slice(Math.max(0, start - 20), start))) continue;
    const s = doc.sentenceAt(start);
    // One word only after a verb that brings it in ("EdgeCore is building Halcyon, a 496MW campus").
    if (words.length < 2 && !BRINGS_IN_BEFORE.test(text.slice(Math.max(s.start, start - 24), start))) continue;
    // A company ("Cipher Mining, its parent") or a place ("Ashburn, the data center capital") is no facility's name.
    if (s.operators.some((o) => o.start < end && o.end > start) || s.places.some((p) => p.start <= start && p.end >= end)) continue;
    if (namesAnotherThing(text, start, end)) continue;
    out.push({ start, end, name: m[1], kind: 'facility', apposed: true });
  }
  return out;
}

/** Verbs right before a one-word name set before an apposition: the sentence brings that facility in. */
const BRINGS_IN_BEFORE = /\b(?:building|build|builds|built|opened|opens|open|opening|unveiled|unveils|launched|launches|completed|completes|energized|energised|announced|announces|acquired|acquires|bought|buys|developing|develops|developed|constructing)\s+$/i;

/**
 * "its 180MW data center campus in Hanau, which it calls Kestrel", "its site in Cambois, known as
 * Bluebird", "a campus dubbed Frontier": a name the article gives the facility just described,
 * right after it. Group 1: the name (one to three capitalised words, quotes left out).
 */
const GIVEN_NAME = new UnicodeRegExp(String.raw`^,?\s+(?:which (?:it|they|the company) (?:calls?|has named|have named|named|dubbed)|(?:is |was )?(?:known|referred to) as|dubbed|nicknamed|code-?named|called|named)\s+["“']?(\p{Lu}[\p{L}'’-]+(?:[ \t\u00a0]+\p{Lu}[\p{L}'’-]+){0,2})`, 'u');

/** A cheap first test of GIVEN_NAME's words. */
const NAMING_WORD = /^,?\s+(?:which|known|referred|dubbed|nicknamed|code-?named|called|named)\b/i;

/** Names the article gives a facility it has just described (see GIVEN_NAME); `described` holds the descriptions' spans. */
export function findGivenNames(doc: Doc, described: ReadonlyArray<{ start: number; end: number }>): NamedHit[] {
  const out: NamedHit[] = [];
  // Read right after each description: a page has far fewer descriptions than words.
  for (const d of described) {
    const after = doc.text.slice(d.end, d.end + 80);
    if (!NAMING_WORD.test(after)) continue;
    const m = forText(GIVEN_NAME, after).exec(after);
    if (!m) continue;
    const start = d.end + m[0].length - m[1].length;
    const end = start + m[1].length;
    if (m[1].split(/\s+/).some((w) => NOT_APPOSED.has(w.toLowerCase()))) continue;
    const s = doc.sentenceAt(start);
    if (s.operators.some((o) => o.start < end && o.end > start) || s.places.some((p) => p.start <= start && p.end >= end)) continue;
    out.push({ start, end, name: m[1], kind: 'facility', apposed: true, given: true });
  }
  return out;
}

const MAX_ECHOED_NAMES = 24;

/**
 * A street ("Old Mill Road", "Beaumeade Circle") or a township or county ("Saline Township"): the
 * facility took the name of where it stands, and the place goes on being written without it
 * ("Residents of Old Mill Road", "Saline Township officials"), so only a head word makes it the facility.
 */
const STREET_OR_TOWNSHIP =
  /\s(?:Road|Rd|Street|St|Drive|Dr|Avenue|Ave|Lane|Ln|Pike|Turnpike|Highway|Hwy|Boulevard|Blvd|Parkway|Pkwy|Circle|Court|Ct|Way|Trail|Place|Terrace|Expressway|Freeway|Township|Twp|County|Parish|Borough)\.?$/;

/**
 * "its data center at 4410 Elm Road", "the data center corridor proposed along Elm Road": a facility
 * the clause puts on the street.
 */
const FACILITY_AT = /(?:data\s*cent(?:er|re)s?|datacent(?:er|re)s?|campus|facility|site|building)\b[^.;,:!?]{0,40}?\s(?:at|on|off|along)\s+(?:\d[\d-]*\s+)?$/i;

/**
 * "The River Bend Station, a nuclear plant", "the Snellius Substation", "the River Bend nuclear plant":
 * a head word right after the name says it names that other thing (a data center took its name, or
 * shares it). Up to two modifiers may stand between ("Generating Station", "power plant").
 */
const OTHER_THING_AFTER =
  /^[ \t\u00a0]+(?:(?:nuclear|power|generating|gas|gas-fired|coal|coal-fired|solar|wind|hydro|hydroelectric|electric|water|treatment|wastewater|pumping|high|elementary|middle|community|regional|international|municipal|national|air force)[ \t\u00a0]+){0,2}(?:station|substation|plant|dam|bridge|airport|school|church|hospital|mall|hotel|mine|refinery|stadium|bank|university|college|reservoir|library|museum|prison|base)s?\b/i;

/** "named after the nearby town of Goodnight": the name is the town's here. */
const TOWN_OF_BEFORE = /\b(?:town|city|village|hamlet|borough|municipality|community)[ \t\u00a0]+of[ \t\u00a0]+$/i;

/**
 * The name spoken of as a word or a story: "The name Hyperion comes from …", "… is also the name
 * of …", "named after …", "In the myth, Prometheus …", "Hyperion, the Dan Simmons novel".
 */
const NAME_TALK_BEFORE = /\b(?:named after|takes its name from|in (?:the |greek |roman |norse )?myth(?:s|ology)?,?)[ \t\u00a0]+$/i;
const NAME_TALK_AFTER =
  /^(?:[ \t\u00a0]+(?:is|was)[ \t\u00a0]+also[ \t\u00a0]+the[ \t\u00a0]+name\b|[ \t\u00a0]+(?:comes|came)[ \t\u00a0]+from\b|,[ \t\u00a0]+the[ \t\u00a0]+(?:[\w'’-]+[ \t\u00a0]+){0,3}(?:novel|film|movie|series|show|book|band|album|song|game|airline|god|goddess|titan|hero|character|beer)\b)/i;
/**
 * "more Fairwater locations", "identical Fairwater datacenters": a name before a plural facility
 * noun modifies a set of them (not the last of a list: "its QRO1 and QRO2 data centers").
 */
const PLURAL_FACILITIES_AFTER = /^[ \t\u00a0]+(?:locations|sites|campuses|facilities|datacent(?:er|re)s|data[ \t\u00a0]+cent(?:er|re)s)\b/i;

/** The name written at [start, end) names something else: a plant, a school, a bridge, a town, a story, a set. */
export function namesAnotherThing(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 30), start);
  // "converting the former Sharp Sakai plant into an AI data center": the old plant is the site.
  if (FORMER_BEFORE.test(before)) return false;
  const after = text.slice(end, end + 60);
  return OTHER_THING_AFTER.test(after) || TOWN_OF_BEFORE.test(before) || NAME_TALK_BEFORE.test(before) || NAME_TALK_AFTER.test(after) || (PLURAL_FACILITIES_AFTER.test(after) && !LIST_BEFORE.test(before));
}

const LIST_BEFORE = /(?:,|\band|\bor|&)[ \t\u00a0]*$/i;
const FORMER_BEFORE = /\b(?:former|old|disused|decommissioned|shuttered|retired|closed)[ \t\u00a0]+$/i;

export function streetOrTownship(name: string): boolean {
  return STREET_OR_TOWNSHIP.test(name.trim());
}

/**
 * "the Harbor Ste. Marie (HSM) data center … Harbor Ste. Marie will …": a name of two or more words
 * that the article gave a facility is that facility wherever the article repeats it, head word or
 * not. Names are taken as written; a place or a company alone is not a facility's name.
 */
export function findNameEchoes(doc: Doc, names: string[], taken: (start: number, end: number) => boolean): NamedHit[] {
  const out: NamedHit[] = [];
  const seen = new Set<string>();
  for (const name of names) {
    if (seen.size >= MAX_ECHOED_NAMES || seen.has(name)) continue;
    seen.add(name);
    const street = streetOrTownship(name);
    for (let at = doc.text.indexOf(name); at >= 0; at = doc.text.indexOf(name, at + name.length)) {
      const end = at + name.length;
      if (/[\p{L}\p{N}]/u.test(doc.text[at - 1] ?? '') || /[\p{L}\p{N}]/u.test(doc.text[end] ?? '')) continue;
      if (taken(at, end) || namesAnotherThing(doc.text, at, end)) continue;
      out.push({ start: at, end, name, kind: 'facility', silent: street && !FACILITY_AT.test(doc.text.slice(Math.max(0, at - 60), at)) });
    }
  }
  return out;
}
