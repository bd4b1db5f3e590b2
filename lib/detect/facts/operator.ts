/**
 * Who builds or runs the facility: an operator named in the phrase ("Oracle's new facility"),
 * the subject of the clause ("SK Telecom Co. and Amazon Web Services Inc. announced ..."), or,
 * for "it", "they", "the company", the last company that was a subject before.
 */
import { ENTRY_OPERATOR } from '../index-format';
import { tokenIndexAt, type Doc, type Hit, type Sentence } from '../context';
import { previousSentence } from '../sentences';
import { memoSlot, type Tokens } from '../tokens';
import { capitalisedInRunningText } from '../casing';
import { firstUse, UnicodeRegExp, matches } from '../cheap-regexp';

export interface Org {
  text: string;
  /** Catalog operator indexes named in it. */
  ops: number[];
  start: number;
  end: number;
}

const CORP_SUFFIX = new Set(['co', 'inc', 'corp', 'corporation', 'ltd', 'limited', 'llc', 'plc', 'ag', 'sa', 'se', 'nv', 'bv', 'bhd', 'group', 'holding', 'holdings', 'company', 'lp', 'llp', 'gmbh', 'spa', 'kk', 'oyj', 'asa', 'ab']);
const INDUSTRY_WORDS = new Set(['cloud', 'data', 'telecom', 'telecommunications', 'technologies', 'technology', 'networks', 'digital', 'systems', 'computing', 'infrastructure', 'labs', 'ai', 'energy', 'power', 'capital', 'partners', 'ventures', 'platforms', 'microsystems', 'semiconductor', 'communications', 'mobile', 'telecoms', 'datacenters', 'realty', 'reit', 'properties', 'investment', 'investments', 'fund', 'authority', 'ministry', 'government']);
const LEADERS = new Set(
  `in on at for according last earlier later meanwhile separately also however moreover additionally today
  yesterday now this next after before by with under as since while when although though despite amid following
  from during over to besides beyond elsewhere overall previously currently recently already similarly likewise
  instead still then thus therefore furthermore indeed notably specifically initially ultimately first second finally
  like unlike alongside because once if unless until whereas`.split(/\s+/),
);
const TIME_WORDS = /^(year|month|week|quarter|day|morning|afternoon|evening|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|the|early|late|later|earlier|mid)$/;
const PRONOUNS = new Set(['it', 'they', 'we', 'he', 'she']);
export const ANAPHOR_NOUNS = new Set(['company', 'firm', 'group', 'startup', 'start-up', 'giant', 'maker', 'operator', 'developer', 'provider', 'hyperscaler', 'owner', 'unit', 'division', 'partnership', 'venture', 'consortium', 'business', 'conglomerate', 'carrier', 'lab', 'partners', 'companies', 'firms']);

/** Operator hits overlapping token range [a, b]. */
function opsIn(s: Sentence, start: number, end: number): number[] {
  const out: number[] = [];
  for (const h of s.operators) if (h.type === ENTRY_OPERATOR && h.start >= start && h.end <= end && !out.includes(h.ref) && !endsLongerName(s, h)) out.push(h.ref);
  return out;
}

/**
 * "China Telecom", "Hanbit Telecom": a catalog company named by one industry word ("Telecom") that
 * ends a run of capitalised words is the last word of another company's name.
 */
export function endsLongerName(s: Sentence, h: Hit): boolean {
  const tk = s.toks;
  const j = tokenIndexAt(tk, h.start);
  if (j <= 0 || tk.end(j) < h.end || !INDUSTRY_WORDS.has(tk.low(j))) return false;
  return tk.word(j - 1) && tk.cap(j - 1) && !tk.poss(j - 1) && !s.operators.some((o) => o.end === tk.end(j - 1)) && !/^(?:the|a|an)$/.test(tk.low(j - 1));
}

/** "the company", "the ChatGPT-maker", "the tech giant" at token i: [lastTokenIndex] or -1. */
function anaphorAt(tk: Tokens, i: number): number {
  if (PRONOUNS.has(tk.low(i))) return i;
  if (tk.low(i) !== 'the') return -1;
  for (let k = i + 1; k < Math.min(tk.length, i + 5); k++) {
    if (ANAPHOR_NOUNS.has(tk.low(k))) return k;
    if (tk.text(k) === ',' || tk.low(k) === 'and') return -1;
  }
  return -1;
}

/**
 * An organisation name starting at token i: capitalised words, corporate suffixes, operator names,
 * partners joined by "and" / "&" / ",". Null when it does not look like a company.
 */
/** A company the matcher found, as the text writes it. */
export function orgOfHit(doc: Doc, h: Hit): Org {
  return { text: doc.text.slice(h.start, h.end), ops: [h.ref], start: h.start, end: h.end };
}

export function orgAt(text: string, s: Sentence, i: number): Org | null {
  const tk = s.toks;
  // "Rival Kestrel Hosting began …": a word describing the company opens the run, not its name.
  if (DESCRIBES_COMPANY.test(tk.low(i)) && tk.cap(i + 1) && tk.word(i + 1) && !s.operators.some((h) => h.start === tk.start(i))) i++;
  let k = i;
  let last = -1;
  let corp = false;
  let industry = false;
  while (k < tk.length) {
    const ti = k;
    const op = s.operators.find((h) => h.start === tk.start(ti) && !(last >= 0 && endsLongerName(s, h)));
    if (op) {
      last = tokenEndingAt(tk, op.end, k);
      k = last + 1;
      if (tk.poss(last)) break;
      // After a known name only a corporate suffix or a partner may follow ("Azure Japan East" is a region).
      while (tk.has(k) && CORP_SUFFIX.has(tk.low(k)) && tk.cap(k)) {
        last = k++;
        if (tk.text(k) === '.') last = k++;
      }
      if (!(tk.has(k) && (tk.low(k) === 'and' || tk.text(k) === '&' || tk.text(k) === ','))) break;
      continue;
    }
    // In a headline every word is capitalised: only catalog names and corporate suffixes count.
    if (tk.word(ti) && tk.cap(ti) && (!s.title || (last >= 0 && CORP_SUFFIX.has(tk.low(ti))))) {
      if (PERSON_ROLE.test(tk.low(ti)) || TITLE_WORDS.test(tk.low(ti))) return null; // a person's title, not a company
      if (CORP_SUFFIX.has(tk.low(ti))) corp = true;
      if (INDUSTRY_WORDS.has(tk.low(ti))) industry = true;
      last = k++;
      if (tk.poss(ti)) break;
      if (tk.text(k) === '.' && CORP_SUFFIX.has(tk.low(ti))) last = k++;
      continue;
    }
    if (tk.text(ti) === '&' && last >= 0) {
      k++;
      continue;
    }
    if ((tk.low(ti) === 'and' || tk.text(ti) === ',') && last >= 0 && tk.cap(k + 1) && tk.word(k + 1)) {
      // Partners: "SK Telecom Co. and Amazon Web Services Inc."; a comma only before another company.
      if (tk.text(ti) === ',' && !(s.operators.some((h) => h.start === tk.start(k + 1)) || tk.low(k + 2) === 'and')) break;
      // "Meta, Google's rival in advertising, said …": a possessive after the comma opens an apposition.
      if (tk.text(ti) === ',' && possessiveAt(s, k + 1)) break;
      k++;
      continue;
    }
    if (tk.text(ti) === '-' && last >= 0 && tk.glued(ti) && tk.glued(k + 1)) {
      k++;
      continue;
    }
    break;
  }
  if (last < i) return null;
  const start = tk.start(i);
  const end = tk.start(last) + tk.text(last).length;
  const ops = opsIn(s, start, end);
  if (ops.length === 0 && !corp && !industry) return null;
  if (ops.length === 0) {
    let words = 0;
    let suffixesOnly = true;
    for (let w = i; w <= last; w++) {
      if (!tk.word(w)) continue;
      words++;
      if (!CORP_SUFFIX.has(tk.low(w))) suffixesOnly = false;
    }
    // "Ltd." left over from "Co., Ltd.": a suffix alone names no one.
    if (suffixesOnly) return null;
    // "Data centre developer X …", "Cloud spending …": one industry word is no company's name.
    if (!corp && words === 1) return null;
    // "The Data Hall Lurin opened …": a facility's name, not a company's, unless it says so.
    if (tk.low(i) === 'the' && !corp) return null;
  }
  return { text: text.slice(start, end).replace(/[,\s]+$/, ''), ops, start, end };
}

/** Some token of [from, to) passes `test`. */
function someIn(tk: Tokens, from: number, to: number, test: (i: number) => boolean): boolean {
  for (let i = Math.max(0, from); i < Math.min(to, tk.length); i++) if (test(i)) return true;
  return false;
}

/** The lower-case words of tokens [from, to), joined by spaces. */
function lowsIn(tk: Tokens, from: number, to: number): string {
  const out: string[] = [];
  for (let i = Math.max(0, from); i < Math.min(to, tk.length); i++) out.push(tk.low(i));
  return out.join(' ');
}

function tokenEndingAt(tk: Tokens, end: number, from: number): number {
  let k = from;
  while (k + 1 < tk.length && tk.start(k + 1) < end) k++;
  return k;
}

/** "date 2024-03-07 Fund-backed …", "Published 2024-01-09 …": a date stamp before the first sentence. */
export function datelineLength(tk: Tokens): number {
  const wire = wireDatelineLength(tk);
  if (wire > 0) return wire;
  const i = /^(?:date|published|updated|posted)$/.test(tk.low(0)) ? 1 : 0;
  if (!/^\d{4}$/.test(tk.text(i)) || tk.text(i + 1) !== '-' || tk.text(i + 3) !== '-' || !tk.num(i + 4)) return 0;
  return i + 5;
}

const CAPS = new UnicodeRegExp(String.raw`^\p{Lu}[\p{Lu}.'’-]+$`, 'u');
const CAPS_WORD = new UnicodeRegExp(String.raw`^\p{Lu}{4,}$`, 'u');

/**
 * "SEOUL, Dec. 5 (Yonhap) --", "FRANKFURT (Reuters) -", "SHANGHAI, Nov 4 —": a city in capitals, a
 * date, an agency in brackets (either may be missing), then a dash.
 */
function wireDatelineLength(tk: Tokens): number {
  if (!matches(CAPS, tk.text(0))) return 0;
  let k = 1;
  while (tk.has(k) && matches(CAPS, tk.text(k))) k++; // "NEW YORK"
  k = afterDatelineState(tk, k);
  if (tk.text(k) === ',' && MONTH_WORD.test(tk.low(k + 1))) {
    k += 2;
    if (tk.text(k) === '.') k++;
    if (!tk.num(k)) return 0;
    k++;
    if (tk.text(k) === ',' && /^\d{4}$/.test(tk.text(k + 1))) k += 2;
  } else if (tk.text(k) === ',' && tk.num(k + 1) && MONTH_WORD.test(tk.low(k + 2))) {
    // "ABU DHABI, 2 December (WAM) --", "BERLIN, 3 Dec 2026 -": the day before the month.
    k += 3;
    if (tk.text(k) === '.') k++;
    if (/^\d{4}$/.test(tk.text(k))) k++;
  }
  // "(Reuters)", "(GLOBE NEWSWIRE)", and a press release's "/PRNewswire/" or "/Business Wire/".
  const close = tk.text(k) === '(' ? ')' : tk.text(k) === '/' ? '/' : '';
  if (close && tk.cap(k + 1)) {
    let c = k + 1;
    while (c < Math.min(tk.length, k + 5) && tk.text(c) !== close) c++;
    if (tk.text(c) !== close) return 0;
    k = c + 1;
  }
  // One word in capitals and a dash: a city ("LAGOS —", "CONOVER - Microsoft …"; a spaced hyphen
  // only after four letters or more, not "AWS - …"), unless it is a headline's label ("BREAKING —").
  const hyphen = tk.text(1) === '-' && !tk.glued(1) && matches(CAPS_WORD, tk.text(0));
  if (k === 1 && (LABELS.test(tk.text(0)) || !(/^(?:—|–|--)$/.test(tk.text(1)) || hyphen))) return 0;
  const dash = k;
  while (tk.has(k) && /^[-–—]+$/.test(tk.text(k))) k++;
  return k > dash ? k : 0;
}

/**
 * "COUNCIL BLUFFS, Iowa, Dec. 2", "ASHBURN, Va., Dec. 2", "OMAHA, Nebraska --": the state after a
 * press release's city, when a date or a dash follows it. Returns the token after it (k if none).
 */
function afterDatelineState(tk: Tokens, k: number): number {
  if (tk.text(k) !== ',' || !tk.cap(k + 1) || !tk.word(k + 1) || MONTH_WORD.test(tk.low(k + 1))) return k;
  let j = k + 2;
  if (tk.cap(j) && tk.word(j) && !MONTH_WORD.test(tk.low(j))) j++; // "New Mexico"
  if (tk.text(j) === '.') j++;
  if (tk.text(j) === ',' && MONTH_WORD.test(tk.low(j + 1))) return j;
  return /^[-–—]+$/.test(tk.text(j)) || tk.text(j) === '/' || tk.text(j) === '(' ? j : k;
}

const LABELS = /^(?:BREAKING|UPDATE|UPDATED|EXCLUSIVE|WATCH|LIVE|OPINION|ANALYSIS|CORRECTION|VIDEO|PHOTOS|NEWS|REVIEW|INTERVIEW|EDITORIAL|FEATURE|SPONSORED|ADVERTISEMENT)$/;
const MONTH_WORD = /^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*$/;

const ASIDE = /^(?:on the other hand|meanwhile|however|for its part|in turn|too|also|likewise|in contrast|by contrast|for example|though|in addition|similarly|instead)$/;
const BULLET = /^[•·▪◦‣●○■□►▸*–—-]$/;

const SLUG = /^(?:EXCLUSIVE|UPDATE|CORRECTED|REFILE|RPT|INSIGHT|ANALYSIS|FACTBOX|COLUMN|BREAKINGVIEWS|WRAPUP|PREVIEW|FEATURE|BRIEF|BUZZ)$/;

/** "EXCLUSIVE-Google plans …", "UPDATE 2-Meta to expand …": a wire service's slug glued to a headline's first word. */
function afterWireSlug(tk: Tokens, i: number): number {
  if (!SLUG.test(tk.text(i))) return i;
  const k = tk.num(i + 1) ? i + 2 : i + 1;
  return tk.text(k) === '-' && tk.glued(k + 1) && tk.cap(k + 1) ? k + 1 : i;
}

/** An item's number or letter: "2", "b", "ii". */
const ITEM_LABEL = /^(?:\d{1,2}|[a-z]|[ivx]{1,4})$/;

/**
 * "2) ", "(2) ", "b) ", "ii) ", "[2] ", "2/ ", "> ", "✅ ": a list item's marker or a quote's marker
 * before a capitalised word. Returns the token after it (i if none).
 */
function afterItemMarker(tk: Tokens, i: number): number {
  const t = tk.text(i);
  let k = i;
  if ((t === '(' || t === '[') && ITEM_LABEL.test(tk.low(i + 1)) && tk.text(i + 2) === (t === '(' ? ')' : ']')) k = i + 3;
  else if (ITEM_LABEL.test(tk.low(i)) && (tk.text(i + 1) === ')' || (tk.text(i + 1) === '/' && tk.num(i)))) k = i + 2;
  else if (t === '>' || (!tk.word(i) && !tk.num(i) && t.codePointAt(0)! >= 0x2190)) k = i + 1;
  return k > i && tk.cap(k) ? k : i;
}

/** "3:45 p.m. — ", "UPDATE (3:45 p.m.): ", "14:05 - ": a live blog's time stamp. Returns the token after it (i if none). */
function afterTimeStamp(tk: Tokens, i: number): number {
  let k = i;
  const label = LABELS.test(tk.text(k)) && tk.text(k + 1) === '(';
  if (label) k += 2;
  if (!tk.num(k) || tk.text(k + 1) !== ':' || !tk.num(k + 2)) return i;
  k += 3;
  if (/^(?:a|p)$/.test(tk.low(k)) && tk.text(k + 1) === '.' && tk.low(k + 2) === 'm' && tk.text(k + 3) === '.') k += 4;
  else if (/^(?:am|pm)$/.test(tk.low(k))) k++;
  if (label) {
    if (tk.text(k) !== ')') return i;
    k++;
  }
  const from = k;
  while (tk.has(k) && (/^[-–—]+$/.test(tk.text(k)) || (k === from && tk.text(k) === ':'))) k++;
  return k > from && tk.cap(k) ? k : i;
}

const TIME_AMOUNT = /^(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|few|hours|days|weeks|months|years|minutes)$/;
const TIME_UNIT = /^(?:hours?|days?|weeks?|months?|years?|decades?|minutes?)$/;

/** "Two years after …", "Months before …", "A week since …": a span of time opening a subordinate clause. */
function timeBeforeSubordinator(tk: Tokens, i: number): boolean {
  let k = i;
  if (TIME_AMOUNT.test(tk.low(k)) && !TIME_UNIT.test(tk.low(k))) k++;
  if (!TIME_UNIT.test(tk.low(k))) return false;
  return /^(?:after|before|since)$/.test(tk.low(k + 1));
}

/** Token index where the main clause starts, after leading adverbials ("For example, ..."). */
export function clauseStart(tk: Tokens): number {
  let i = datelineLength(tk);
  // "• Kestrel Hosting is building …": a list item's bullet is not the subject.
  while (tk.has(i) && BULLET.test(tk.text(i))) i++;
  i = afterTimeStamp(tk, afterItemMarker(tk, i));
  i = afterWireSlug(tk, i);
  for (let round = 0; round < 3; round++) {
    if (!tk.has(i) || !(LEADERS.has(tk.low(i)) || timeBeforeSubordinator(tk, i))) break;
    let k = i;
    while (k < tk.length && k < i + 16 && tk.text(k) !== ',') k++;
    if (tk.text(k) !== ',') break;
    i = k + 1;
  }
  // "Fund-backed Kestrel Hosting launched …": the backer in a compound adjective is not the subject.
  if (tk.text(i + 1) === '-' && tk.glued(i + 1) && /^(?:backed|owned|funded|controlled|led)$/.test(tk.low(i + 2)) && tk.cap(i + 3)) i += 3;
  return i;
}

export type Subject = { kind: 'org'; org: Org } | { kind: 'anaphor' } | null;

/**
 * Each sentence's subject, worked out once: every mention of a sentence asks, and every mention
 * after it may ask again while looking back for its paragraph's company (topicBefore).
 */
/** Words that open a sentence about a part of a facility or a possessive's thing: no company follows. */
const PART_OR_OWNER = /^(?:building|block|module|stage|hall|phase|tower|unit|wing|pod|lot|parcel|section|our|its|their|your|my)$/;

const SUBJECT_SLOT = memoSlot();

export function subjectOf(doc: Doc, s: Sentence): Subject {
  let subject = s.memo(SUBJECT_SLOT) as Subject | undefined;
  if (subject === undefined) s.setMemo(SUBJECT_SLOT, (subject = readSubject(doc, s)));
  return subject;
}

function readSubject(doc: Doc, s: Sentence): Subject {
  const tk = s.toks;
  const i = clauseStart(tk);
  const subject = subjectFrom(doc, s, i);
  if (subject) return subject;
  // "Not everyone is expanding: Edged said its …": when the sentence's opening names no company,
  // the clause after a lead-in may ("… — Edged said", "Asked about it, Edged said", "\"…,\" Edged said").
  // Only a company the catalog knows: after "Q:" or "Gov. Reeves:" a capitalised word is no company.
  const k = afterLeadIn(tk, i);
  const after = k > i ? orgAt(doc.text, s, k) : null;
  return after && after.ops.length > 0 ? { kind: 'org', org: companyAfterRole(doc, s, after) ?? after } : null;
}

/** A word that opens a participial lead-in ending at a comma: "Asked about the plan, …". */
const LEAD_PARTICIPLE = /^(?:asked|speaking|responding|pressed|commenting|writing|reached|contacted|questioned|interviewed)$/;
const QUOTE_MARK = /^["“”]$/;
const LEAD_DASH = /^(?:—|–|--)$/;

/**
 * Token index of the clause after a lead-in, or `i` when there is none: a short opening ended by a
 * colon or a dash ("Not everyone is expanding:", "The exception —"), a participial phrase ended by
 * a comma ("Asked about the plan,"), a quotation ended by a comma and its closing mark ("\"We are
 * not growing,\""), or "Shares of" before a company. The clause must start with a capital.
 */
function afterLeadIn(tk: Tokens, i: number): number {
  if (/^(?:shares|stock|units)$/.test(tk.low(i)) && tk.low(i + 1) === 'of' && tk.cap(i + 2)) return i + 2;
  const until = Math.min(tk.length - 1, i + 16);
  if (LEAD_PARTICIPLE.test(tk.low(i))) {
    for (let k = i + 1; k < until; k++) if (tk.text(k) === ',') return tk.cap(k + 1) ? k + 1 : i;
    return i;
  }
  if (QUOTE_MARK.test(tk.text(i))) {
    for (let k = i + 1; k < until; k++) if (tk.text(k) === ',' && QUOTE_MARK.test(tk.text(k + 1))) return tk.cap(k + 2) ? k + 2 : i;
    return i;
  }
  for (let k = i + 1; k < until; k++) {
    const t = tk.text(k);
    if (t === ':' || LEAD_DASH.test(t) || (t === '-' && tk.text(k + 1) === '-')) {
      const next = t === '-' ? k + 2 : k + 1;
      return tk.cap(next) ? next : i;
    }
    if (t === ',' || t === ';') return i;
  }
  return i;
}

/** Words of a job title that opens a sentence before a person's name. */
const TITLE_WORD = /^(chief|executive|financial|operating|technology|technical|commercial|officer|ceo|cfo|coo|cto|president|vice|chairman|chairwoman|chair|founder|co-founder|cofounder|spokesperson|spokesman|spokeswoman|managing|director|general|manager|senior|head|country|regional|global|principal|partner|analyst)$/;

const TITLE_CORE = /^(chief|officer|ceo|cfo|coo|cto|president|chairman|chairwoman|chair|founder|co-founder|cofounder|spokesperson|spokesman|spokeswoman|director|manager|analyst|head)$/;

/**
 * "Chief executive Jane Porter", "CEO Jane Porter", "Managing director Raj Mehta": title words from
 * the clause's start, then two capitalised words that no catalog company starts with: a person.
 */
function titledPerson(tk: Tokens, i: number): boolean {
  let k = i;
  let core = false;
  for (; k < tk.length && k < i + 5 && TITLE_WORD.test(tk.low(k)); k++) core ||= TITLE_CORE.test(tk.low(k));
  // "Global Switch Holdings said": words that may open a company's name are no title alone.
  if (!core || !(tk.cap(k) && tk.word(k) && tk.cap(k + 1) && tk.word(k + 1))) return false;
  // "Chief executive Jane Porter said": the name ends before a verb or a comma.
  return !tk.cap(k + 2) || tk.text(k + 2) === ',';
}

function subjectFrom(doc: Doc, s: Sentence, i: number): Subject {
  const tk = s.toks;
  if (anaphorAt(tk, i) >= 0) return { kind: 'anaphor' };
  // "Next year they will ...", "On Monday it said ...": a time phrase without a comma.
  for (let k = i; k < Math.min(tk.length, i + 6); k++) {
    if (PRONOUNS.has(tk.low(k))) return { kind: 'anaphor' };
    if (!(LEADERS.has(tk.low(k)) || TIME_WORDS.test(tk.low(k)) || tk.num(k))) break;
  }
  // "Building C will add 40 MW", "Our Data Center segment leased …": a part of a facility or a
  // possessive opening the sentence, not a company's name.
  if (PART_OR_OWNER.test(tk.low(i))) return null;
  // "Chief executive Jane Porter said …": a job title and a name open the sentence with a person.
  if (titledPerson(tk, i)) return null;
  // "Rival operator AdaniConneX, owned by …, is expanding its …": a role written before the name.
  const named = roleBeforeName(tk, i);
  if (named >= 0) {
    const org = orgAt(doc.text, s, named);
    if (org && org.ops.length > 0) return { kind: 'org', org };
  }
  const org = ownedCompanyAt(doc, s, i) ?? orgAt(doc.text, s, i) ?? looseSubject(doc, s, i) ?? appositiveName(doc, s, i) ?? describedSubject(doc, s, i);
  // "Google's rival Meta said its …", "OpenAI's partner, Oracle, will run …": the possessive qualifies the role.
  const subject = (org && org.start === tk.start(i) ? (companyAfterRole(doc, s, org) ?? companyAfterKicker(doc, s, org)) : null) ?? org;
  return subject ? { kind: 'org', org: subject } : null;
}

/** A role opening a sentence before a company's name. */
const ROLE_BEFORE_NAME = /^(?:operator|developer|provider|firm|company|player|rival|competitor|builder|landlord|owner)$/;

/** "Rival operator X", "Domestic operator X", "Data centre developer X": the name's token after the role, or -1. */
function roleBeforeName(tk: Tokens, i: number): number {
  for (let r = i; r <= i + 2 && r < tk.length; r++) {
    if (!tk.word(r)) return -1;
    // "Rival operator X": a role word may itself be described ("rival") before the one the name follows.
    if (ROLE_BEFORE_NAME.test(tk.low(r)) && tk.has(r + 1) && tk.word(r + 1) && tk.cap(r + 1)) return r + 1;
  }
  return -1;
}

/** Nouns for one company's relation to another ("X's rival Y"). */
const ROLE_NOUNS = /^(?:rival|rivals|competitor|peer|partner|ally|landlord|tenant|customer|client|supplier|vendor|parent|unit|subsidiary|affiliate|investor|lender|backer|owner|neighbou?r|contractor|developer|operator)$/;

/** The company after "X's <role>[,]" when the subject X is written as a possessive. */
function companyAfterRole(doc: Doc, s: Sentence, org: Org): Org | null {
  const tk = s.toks;
  const last = tokenEndingAt(tk, org.end, 0);
  if (last < 0 || !tk.poss(last)) return null;
  // "X's biggest supplier", "X's longtime cloud partner": up to two describing words first.
  let r = last + 1;
  while (r < last + 3 && tk.word(r) && !tk.cap(r) && !ROLE_NOUNS.test(tk.low(r))) r++;
  if (!ROLE_NOUNS.test(tk.low(r))) return null;
  const set = tk.text(r + 1) === ',';
  const k = set ? r + 2 : r + 1;
  if (!tk.has(k) || !tk.cap(k)) return null;
  const named = orgAt(doc.text, s, k) ?? looseSubject(doc, s, k);
  if (named || !set) return named;
  // "X's biggest supplier, Kestrel Hosting, said": the capitalised words set off by the commas.
  let c = k;
  while (c < k + 5 && tk.word(c) && tk.cap(c) && !tk.poss(c)) c++;
  if (tk.text(c) !== ',') return null;
  const start = tk.start(k);
  const end = tk.end(c - 1);
  return { text: doc.text.slice(start, end), ops: opsIn(s, start, end), start, end };
}

/**
 * "Blackstone's QTS said its …", "Brookfield Asset Management's Compass": capitalised words in the
 * possessive (an owner the catalog need not know), then a catalog company not in the possessive.
 */
function ownedCompanyAt(doc: Doc, s: Sentence, i: number): Org | null {
  const tk = s.toks;
  let k = i;
  while (k < i + 4 && tk.cap(k) && tk.word(k) && !tk.poss(k)) k++;
  if (!tk.poss(k) || !tk.cap(k)) return null;
  const owned = s.operators.find((h) => h.start === tk.start(k + 1));
  if (!owned || possessiveAt(s, k + 1)) return null;
  const org = orgAt(doc.text, s, k + 1);
  // "Blackstone's QTS stake rose": the company names a thing of the owner's, not the subject.
  return org && (actsAsSubject(doc, org.end) || /^\s*,/.test(doc.text.slice(org.end, org.end + 2))) ? org : null;
}

/**
 * "Edged Out, Google Shelves Its … Data Center", "Tract sold: Microsoft expands its …": a headline's
 * kicker made of a company's name used as a word (one to three words, then a comma or a colon),
 * then another catalog company acting as the subject. The kicker names no company.
 */
function companyAfterKicker(doc: Doc, s: Sentence, org: Org): Org | null {
  const tk = s.toks;
  const from = tokenEndingAt(tk, org.end, 0) + 1;
  let k = from;
  while (k < from + 3 && tk.word(k)) k++;
  if (k === from || (tk.text(k) !== ',' && tk.text(k) !== ':')) return null;
  const next = s.operators.find((h) => h.start === tk.start(k + 1));
  if (!next) return null;
  const after = orgAt(doc.text, s, k + 1);
  if (!after || after.ops.length === 0) return null;
  // Headlines speak in the present: "Google grows", "Meta Adds" (title case capitalises the verb).
  const verb = actsAsSubject(doc, after.end) || /^\s+[A-Za-z][a-z]+s\b/.test(doc.text.slice(after.end, after.end + 16));
  return verb ? after : null;
}

/** A catalog company starts at token k and is written as a possessive ("Google's"). */
function possessiveAt(s: Sentence, k: number): boolean {
  const tk = s.toks;
  const h = s.operators.find((o) => o.start === tk.start(k));
  if (!h) return false;
  const last = tokenEndingAt(tk, h.end, k);
  return last >= 0 && tk.poss(last);
}

/**
 * "A Toronto-based developer, Northfield Digital, has bought …", "A little-known firm, Peachline
 * Digital, filed …": a described company followed by its name set off by commas is that name.
 */
function appositiveName(doc: Doc, s: Sentence, i: number): Org | null {
  const tk = s.toks;
  if (!/^(?:a|an)$/.test(tk.low(i))) return null;
  let k = i + 1;
  while (k < Math.min(tk.length, i + 7) && tk.text(k) !== ',') k++;
  if (tk.text(k) !== ',' || !(COMPANY_NOUNS.test(tk.low(k - 1)) || /^(?:landowner|investor|partnership|consortium|fund)$/.test(tk.low(k - 1)))) return null;
  const first = k + 1;
  let e = first;
  while (e < Math.min(tk.length, first + 4) && tk.word(e) && tk.cap(e) && !NOT_A_NAME.test(tk.low(e))) e++;
  if (e === first || tk.text(e) !== ',' || !(clauseVerb(tk.low(e + 1)) || /^(?:has|have|is|was|will|plans)$/.test(tk.low(e + 1)))) return null;
  const known = s.operators.find((h) => h.start === tk.start(first));
  const start = tk.start(first);
  const end = tk.end(e - 1);
  return { text: doc.text.slice(start, end), ops: known && known.end <= end ? [known.ref] : [], start, end };
}

export const SUBJECT_VERBS = /^(has|have|had|is|are|was|were|will|would|could|can|may|might|plans|planned|said|says|announced|announces|opened|opens|launched|launches|unveiled|unveils|began|begins|started|starts|agreed|signed|completed|broke|breaks|filed|submitted|received|won|secured|acquired|bought|built|builds|is|operates|operated|runs|expects|intends|aims|wants|chose|picked|selected|confirmed|revealed|disclosed|committed|pledged|invested|invests|raised|added|adds|expanded|expands|doubled|switched|went|goes|sold|sells|closed|closes|leased|leases|paused|pauses|mothballed|scrapped|cancelled|canceled|halted|also|already|recently|now|quietly|formally|officially)$/;
/** Words of a person's title that PERSON_ROLE does not hold ("Deputy Prime Minister"). */
const TITLE_WORDS = /^(?:deputy|prime|premier|chancellor|commissioner|councillor|councilor|ambassador|lawmaker|mp|rep|sen|gov|minister|ministers|judge|sheriff|magistrate|clerk|treasurer|supervisor|administrator|attorney|superintendent|trustee|alderman|alderwoman|councilman|councilwoman|councilmember|selectman|assemblyman|assemblywoman|congressman|congresswoman|delegate)$/;
/** Words that describe a company before its name ("Rival Kestrel Hosting"). */
const DESCRIBES_COMPANY = /^(?:rival|rivals|competitor|competitors|peer|fellow)$/;
const PERSON_ROLE = /^(chief|ceo|cto|cfo|president|director|head|founder|co-founder|spokesperson|spokesman|spokeswoman|analyst|minister|governor|mayor|senator|secretary|chairman|chair|partner|professor|manager|executive|vice)$/;

/** Nouns an appositive uses for a company ("the Singapore-based operator", "a cloud provider"). */
const COMPANY_NOUNS = /^(operator|company|firm|provider|developer|startup|giant|owner|specialist|builder|subsidiary|venture|hyperscaler|group|unit|business)$/;

const PLACE_WORDS = /^(district|county|province|prefecture|city|state|region|area|park|road|street|avenue|township|parish|valley|island|municipality|council|village|town)$/;

const PREPOSITIONS = /^(for|of|in|to|with|at|by|from|on|about|into|over|under|than|like|among|between)$/;

/** Capitalised, or a brand written with a lower-case first letter ("zCloudia", "eStruxture"). */
function capLike(word: string, cap: boolean): boolean {
  return cap || /^[a-z]{1,2}[A-Z]/.test(word);
}

function brandShaped(word: string): boolean {
  return /[A-Z]/.test(word.slice(1));
}

/** What a company does to a facility, after its name as subject ("Vrelo has opened", "Tarn will build"). */
const BUILDER_VERB = /^(?:opened|opens|launched|launches|unveiled|acquired|acquires|bought|buys|built|builds|plans|commissioned|completed|expanded|broke|breaks)$/;

/** Openers of news sentences before a building verb that name no company: conjunctions, adverbs, plural nouns. */
const NOT_A_NAME = /^(?:once|if|hence|altogether|thereby|when|where|unless|until|whether|here|there|together|construction|work|officials|residents|workers|crews|investors|developers|engineers|contractors|lawmakers|regulators|authorities|customers|tenants|operators|companies|startups|governments|utilities|planners|voters|commissioners|councillors|councilors|buyers|sellers|partners|rivals|competitors|others|hyperscalers|researchers|scientists|students|volunteers|officers|police|locals|builders|owners|landlords|firms|banks|funds|states|cities|counties|towns|both|each|many|most|some|several|few|all|neither|none)$/;

/**
 * "Ostavik has opened WAW2": a one-word name that opens a building or buying verb is a company, even
 * if no sentence writes it mid-sentence, when the article never writes the word in lower case and
 * it is not a plural noun such news opens sentences with ("Officials opened …", "Residents bought …").
 */
function namedBuilder(doc: Doc, tk: Sentence['toks'], i: number, v: number): boolean {
  const verb = /^(?:has|have|had|will|would|is|was)$/.test(tk.low(v)) ? tk.low(v + 1) === 'to' ? '' : tk.low(v + 1) : tk.low(v);
  if (!BUILDER_VERB.test(verb) && !(tk.low(v) === 'will' && /^(?:build|open|launch|invest|develop|expand)$/.test(tk.low(v + 1)))) return false;
  const low = tk.low(i);
  // "Once built, …", "Ultimately opened …": a conjunction or an adverb, not a name.
  if (low.length < 3 || LEADERS.has(low) || NOT_A_NAME.test(low) || /ly$/.test(low)) return false;
  return !writtenInLowerCase(doc.text, low);
}

function writtenInLowerCase(text: string, low: string): boolean {
  for (let at = text.indexOf(low); at >= 0; at = text.indexOf(low, at + low.length)) {
    if (!/[\p{L}\p{N}]/u.test(text[at - 1] ?? '') && !/[\p{L}\p{N}]/u.test(text[at + low.length] ?? '')) return true;
  }
  return false;
}

/** "AirTrunk has opened ...": capitalised words at the clause start followed by a verb. */
function looseSubject(doc: Doc, s: Sentence, i: number): Org | null {
  if (s.title) return null;
  const tk = s.toks;
  if (DESCRIBES_COMPANY.test(tk.low(i)) && tk.cap(i + 1) && tk.word(i + 1)) i++;
  let k = i;
  while (k < tk.length && k < i + 5 && tk.word(k) && capLike(tk.text(k), tk.cap(k)) && !tk.poss(k)) k++;
  if (k === i || !tk.has(k)) return null;
  let v = k;
  let describedAsCompany = false;
  // "Tarn Digital Siam, a joint venture of ..., has opened": skip an appositive between commas.
  if (tk.text(v) === ',' && !PERSON_ROLE.test(tk.low(v + 1)) && /^(a|an|the)$/.test(tk.low(v + 1))) {
    let c = v + 1;
    while (c < tk.length && c < v + 25 && tk.text(c) !== ',') c++;
    if (tk.text(c) === ',') {
      describedAsCompany = someIn(tk, v + 1, c, (w) => COMPANY_NOUNS.test(tk.low(w)));
      v = c + 1;
    }
  }
  // "Kestrel, on the other hand, is building …": a discourse adverbial between commas.
  if (tk.text(v) === ',') {
    let c = v + 1;
    while (c < tk.length && c < v + 6 && tk.text(c) !== ',') c++;
    if (tk.text(c) === ',' && ASIDE.test(lowsIn(tk, v + 1, c))) v = c + 1;
  }
  if (!tk.has(v) || !SUBJECT_VERBS.test(tk.low(v))) return null;
  if (s.places.some((p) => p.first === i && p.last === k - 1)) return null;
  if (/^(the|a|an|this|that|it|they|we|he|she|but|and|so|yet|mr|ms|mrs|dr)$/.test(tk.low(i))) return null;
  // "Project Tundra, an 800 MW campus …, is Google's": a code name is the facility, not its company.
  if (tk.low(i) === 'project' && k - i > 1) return null;
  if (someIn(tk, i, k, (w) => PERSON_ROLE.test(tk.low(w)) || TITLE_WORDS.test(tk.low(w)))) return null; // "Deputy Prime Minister Jo Bloggs has approved"
  // A facility code or name is not a company ("TY11 opened in 2024").
  const spanStart = tk.start(i);
  const spanEnd = tk.end(k - 1);
  if (someIn(tk, i, k, (w) => /\d/.test(tk.text(w))) || s.sites.some((h) => h.start < spanEnd && h.end > spanStart)) return null;
  // "Fenwick District has …", "Racine County approved …": a place, not a company.
  if (PLACE_WORDS.test(tk.low(k - 1))) return null;
  // "Users have …", "Analysts said …": one capitalised word opening a sentence is a company only
  // when it is written so inside sentences too, or is shaped like a brand ("zCloudia", "KeyLoop").
  // "Kestrel, the Singapore-based operator, opened …" says so itself.
  if (k - i === 1 && !describedAsCompany && !brandShaped(tk.text(i)) && !capitalisedInRunningText(doc, tk.text(i)) && !namedBuilder(doc, tk, i, v)) return null;
  const start = tk.start(i);
  const end = tk.start(k - 1) + tk.text(k - 1).length;
  if (speaksAsPerson(doc, tk, v, tk.text(k - 1))) return null;
  return { text: doc.text.slice(start, end), ops: opsIn(s, start, end), start, end };
}

const CLAUSE_JOINS = /^(while|whereas|but|and|meanwhile|where|as)$/;
/** In a headline only these join two stories ("Telekom's Munich AI factory goes live as Google expands Berlin cloud region"). */
const TITLE_JOINS = /^(while|whereas|as)$/;

/**
 * The subject of the clause a mention stands in, when that clause is not the sentence's first:
 * "Kestrel opened a site in Lyon, while Vrelo Technologies broke ground on a 5MW site in Lagos
 * and Nimbus said its Accra campus …", "… went live as Google expanded its Berlin region" (in a
 * headline only "while", "whereas" and "as" join). A clause starts after ";" or a joining word, and its
 * subject is a company followed by a verb. "Kestrel and Nimbus will build …" joins partners, not
 * clauses: a bare "and" starts a clause only after a verb.
 */
export function clauseSubjectBefore(doc: Doc, s: Sentence, pos: number): Org | null {
  const tk = s.toks;
  let m = 0;
  while (m < tk.length && tk.start(m) < pos) m++;
  for (let k = m - 1; k > 0; k--) {
    const ti = k;
    const joins = tk.text(ti) === ';' || (s.title ? TITLE_JOINS.test(tk.text(ti)) : CLAUSE_JOINS.test(tk.low(ti)));
    if (!joins) continue;
    if (tk.low(ti) === 'and' && tk.text(k - 1) !== ',' && !someIn(tk, 0, k, (x) => SUBJECT_VERBS.test(tk.low(x)) && !tk.cap(x))) return null;
    const c = k + 1;
    const org = orgAt(doc.text, s, c) ?? looseSubject(doc, s, c);
    if (!org || org.end > pos) return null;
    let v = c;
    while (v < tk.length && tk.start(v) < org.end) v++;
    return clauseVerb(tk.low(v)) || gappedBefore(tk, v, pos) ? org : null;
  }
  return null;
}

/** Past tenses news writes of a company that are no adjective after its name: "but AWS put its … on the market". */
const IRREGULAR_PAST = /^(?:put|set|cut|kept|took|made|got|gave|held|brought|sent|led|left|lost|paid|spent|struck|shut|let|moved|won|threw|drew)$/;

/** The verb right after a clause's company: a subject verb, or any past tense ("but Microsoft delayed the expansion …"). */
function clauseVerb(w: string): boolean {
  return SUBJECT_VERBS.test(w) || /^[a-z]{3,}ed$/.test(w) || IRREGULAR_PAST.test(w);
}

/**
 * "Compass unveiled a 150 MW facility in X and Soluna a $2 billion campus in Y": the verb is left
 * out after the second company, whose object (the facility at pos) follows it with its article.
 */
function gappedBefore(tk: Tokens, v: number, pos: number): boolean {
  return /^(?:a|an|another)$/.test(tk.low(v)) && v + 1 < tk.length && tk.start(v + 1) === pos;
}

const SPEECH = /^(said|says|added|adds|told|noted|explained|commented|continued|stated)$/;
const escapeRe = (x: string) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * "Jane Doe added: “…”", "Doe added that …" where the article calls Doe "Jane Doe, Acme's head of
 * real estate": a person speaking, not a company. A company's name is rarely set off by a role.
 */
function speaksAsPerson(doc: Doc, tk: Tokens, v: number, lastWord: string): boolean {
  if (!SPEECH.test(tk.low(v))) return false;
  if (/^[:“"]$/.test(tk.text(v + 1))) return true;
  return setOffByRole(doc, lastWord);
}

/** ", the company's head of …", ", chief executive": a role set off by a comma (the comma starts each match). */
const roleAfterComma = firstUse(() => new RegExp(`,\\s+(?:the\\s+|an?\\s+)?(?:[\\p{L}’'-]+\\s+){0,2}?(?:${PERSON_ROLE.source.slice(2, -2)})\\b`, 'giu'));

/**
 * Per article: where a role follows a comma (one read of the whole text), and per word whether
 * the word ends at one of those commas. A regex per word over the whole text cost a read of a
 * long page for every speaker's name.
 */
const setOffByRoleIn = new WeakMap<Doc, { commas: number[]; words: Map<string, boolean> }>();

function setOffByRole(doc: Doc, word: string): boolean {
  let known = setOffByRoleIn.get(doc);
  if (!known) {
    // A match holds no comma after its first char, so a global scan finds every comma a role follows.
    const commas: number[] = [];
    for (const m of doc.text.matchAll(roleAfterComma())) commas.push(m.index);
    setOffByRoleIn.set(doc, (known = { commas, words: new Map() }));
  }
  let answer = known.words.get(word);
  if (answer === undefined) {
    const named = new RegExp(`\\b${escapeRe(word)},`, 'iuy');
    answer = known.commas.some((c) => {
      named.lastIndex = c - word.length;
      return c >= word.length && named.test(doc.text);
    });
    known.words.set(word, answer);
  }
  return answer;
}

/**
 * "Leeds-based CoreMesh Hosting has started …", "data centre developer KeyLoop Cloud opened …":
 * a company introduced by a lower-case description before it, still the clause's subject.
 */
function describedSubject(doc: Doc, s: Sentence, i: number): Org | null {
  const tk = s.toks;
  for (let j = i + 1; j < Math.min(tk.length, i + 8); j++) {
    const prev = j - 1;
    // "Demand for IDCs is …": a capitalised word after a preposition is its object, not the subject.
    if (tk.text(prev) === ',' || SUBJECT_VERBS.test(tk.low(prev)) || tk.poss(prev) || PREPOSITIONS.test(tk.low(prev))) return null;
    if (!tk.word(j) || !capLike(tk.text(j), tk.cap(j)) || tk.cap(prev) || !(tk.word(prev) || tk.text(prev) === '-')) continue;
    const org = looseSubject(doc, s, j);
    // "Board chair Dan Sullivan said", "Compass vice president Luis Ortega said": a name of two or
    // more words after a title is a person's ("Fund manager Acme will buy" is still a company).
    if (org && /\s/.test(org.text) && (PERSON_ROLE.test(tk.low(prev)) || TITLE_WORDS.test(tk.low(prev)))) return null;
    return org;
  }
  return null;
}

/** The company the text is about at sentence s: the last org subject within a few sentences. */
export function topicBefore(doc: Doc, s: Sentence, maxSentences = 8): Org | null {
  // "Separately, a local bank said it sold its data center": the story before is another one
  // ("Separately, the company said …" goes on with the same company).
  if (opensAnotherStory(doc, s) && subjectOf(doc, s)?.kind !== 'anaphor') return null;
  let cur: [number, number] | null = [s.start, s.end];
  let breaks = 0;
  for (let n = 0; n < maxSentences; n++) {
    const prevStart = cur[0];
    cur = previousSentence(doc.text, cur[0]);
    if (!cur) return null;
    // Round-ups change company with the paragraph: look back one paragraph at most.
    if (/\n\s*\n/.test(doc.text.slice(cur[1], prevStart)) && ++breaks > 1) return null;
    const prev = doc.sentenceAt(cur[0]);
    const subj = subjectOf(doc, prev);
    if (subj?.kind === 'org') return subj.org;
    // A headline's operator ("Equinix opens SG5 ...").
    if (!subj && prev.title && prev.operators.length > 0) {
      const h = prev.operators[0];
      return orgOfHit(doc, h);
    }
    if (prev.title || opensAnotherStory(doc, prev)) return null;
  }
  return null;
}

/** "Separately, …", "Elsewhere, …", "In other news, …": the sentence starts another story. */
const ANOTHER_STORY = /^\s*(?:separately|elsewhere|in other news|in (?:a|another) separate \w+)\b/i;
export function opensAnotherStory(doc: Doc, s: Sentence): boolean {
  return ANOTHER_STORY.test(doc.text.slice(s.start, s.start + 40));
}

/**
 * "A local bank said it had sold its data center": a subject the text describes with a common
 * noun owns what "its" names, so no company from the sentences before does. Not a person ("A
 * spokesperson said its …" speaks for the company).
 */
export function describedCommonSubject(s: Sentence): boolean {
  return describedCommonAt(s.toks, clauseStart(s.toks));
}

/**
 * "…, and a local bank opened a data center in X", "A local developer will build a data center in
 * X, next to Kestrel's": the clause holding `pos` has a subject described with a common noun, so
 * the facility is that owner's, not the company named elsewhere in the sentence.
 */
export function commonSubjectOwns(s: Sentence, pos: number): boolean {
  const tk = s.toks;
  let m = 0;
  while (m < tk.length && tk.start(m) < pos) m++;
  for (let k = m - 1; k > 0; k--) {
    if (tk.text(k) === ';' || (CLAUSE_JOINS.test(tk.low(k)) && tk.text(k - 1) === ',')) return describedCommonAt(tk, k + 1);
  }
  return describedCommonAt(tk, clauseStart(tk));
}

function describedCommonAt(tk: Tokens, i: number): boolean {
  if (!/^(?:a|an)$/.test(tk.low(i))) return false;
  // "A Dallas investment group", "a Texas-based developer": a place may describe the company too,
  // when a company noun ends the description.
  let named = false;
  for (let k = i + 1; k < Math.min(tk.length, i + 7); k++) {
    if (SUBJECT_VERBS.test(tk.low(k)) || DESCRIBED_SUBJECT_VERBS.test(tk.low(k))) return k > i + 1 && !PERSON_ROLE.test(tk.low(k - 1)) && (!named || COMPANY_NOUNS.test(tk.low(k - 1)));
    if (tk.text(k) === '-' && tk.glued(k)) continue;
    if (!tk.word(k)) return false;
    if (tk.cap(k)) named = true;
  }
  return false;
}

/** What a described developer does first in news: "An unnamed developer proposed …". */
const DESCRIBED_SUBJECT_VERBS = /^(?:proposed|proposes|pitched|pitches|requested|requests|applied|applies|sought|seeks|asked|asks)$/;

/** Subject of an inner clause just before position pos: "after OpenAI agreed to ...". */
export function nearestOrgBefore(doc: Doc, s: Sentence, pos: number): Org | null {
  let best: Org | null = null;
  for (const h of s.operators) {
    if (h.end > pos) break;
    if (!actsAsSubject(doc, h.end)) continue;
    best = orgOfHit(doc, h);
  }
  return best;
}

/**
 * An operator name followed by a verb ("after OpenAI agreed") or owning a request ("QTS's application
 * for"), not followed by a product ("Nvidia GB200 chips").
 */
function actsAsSubject(doc: Doc, end: number): boolean {
  const rest = doc.text.slice(end, end + 40);
  // "a vote on QTS's request to rezone 300 acres for a data center": the one asking is the builder.
  if (PLAN_OF.test(rest)) return true;
  const after = /^(?:\s+(?:Inc|Corp|Co|Ltd)\.?)?\s+([a-z]+)/.exec(rest);
  if (!after) return false;
  const w = after[1];
  return SUBJECT_VERBS.test(w) || /ed$/.test(w);
}

/** A company's request, application, plan or proposal (what a council or a utility decides on). */
const PLAN_OF = /^['’]s?\s+(?:(?:new|revised|latest|amended|earlier|original|pending|formal)\s+)?(?:requests?|applications?|plans?|proposals?|bids?|petitions?|permits?|filings?|rezoning|push|efforts?|pitch)\s+(?:to|for|at|in)\b/;

/** "... data center in Ulsan, operated by AWS": an operator introduced by "by"/"for" after the mention. */
export function nearestOrgAfter(doc: Doc, s: Sentence, pos: number): Org | null {
  for (const h of s.operators) {
    if (h.start < pos) continue;
    if (/\b(by|for|from)\s+$/i.test(doc.text.slice(Math.max(pos, h.start - 12), h.start))) return orgOfHit(doc, h);
  }
  return null;
}
