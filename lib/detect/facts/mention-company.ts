/**
 * Which company a mention's own sentence gives it: an agent or seller beside it, an owner stated
 * after it, an appositive, the clause's subject, a possessive, a quotation's speaker, an interview's
 * interviewee, a source the sentence opens with, a person's employer; the article's company when
 * the sentence names none ("its" with no company in sight). `mentionCompany` tries them in order.
 */
import { ownedCompany } from './owners';
import { tokenIndexAt, type Doc, type Hit, type Sentence } from '../context';
import type { Draft } from '../draft';
import { ENTRY_OPERATOR } from '../index-format';
import { correctedCompany } from '../correction';
import { ownerStatedAfter } from '../owner-after';
import type { Tokens } from '../tokens';
import { NOT_NAMES } from '../vocab';
import { usStateCode } from '../../geo/us-states';
import { applicantBefore } from './applicant';
import { describedCompany } from './described-company';
import { clauseSubjectBefore, commonSubjectOwns, describedCommonSubject, nearestOrgAfter, nearestOrgBefore, orgAt, orgOfHit, subjectOf, topicBefore, type Org, type Subject } from './operator';
import { previousSentence } from '../sentences';

/** The company a subject like "The company" or "The Chinese company" refers to. */
function anaphorCompany(doc: Doc, s: Sentence, subject: Subject): Org | null {
  return (subject?.kind === 'anaphor' ? (describedCompany(doc, s) ?? soleCompanyJustBefore(doc, s)) : undefined) ?? topicBefore(doc, s);
}

/**
 * "Council Bluffs has been home to one of Google's largest data centers. The search giant has
 * invested … in its Council Bluffs campus": the sentence just before, about no company, names one
 * company; "the company", "the search giant", "it" is that one, not the last company subject before.
 */
function soleCompanyJustBefore(doc: Doc, s: Sentence): Org | undefined {
  const before = previousSentence(doc.text, s.start);
  if (!before || /\n\s*\n/.test(doc.text.slice(before[1], s.start))) return undefined;
  const prev = doc.sentenceAt(before[0]);
  if (prev.title || subjectOf(doc, prev)?.kind === 'org') return undefined;
  let only: Hit | undefined;
  for (const h of prev.operators) {
    if (h.type !== ENTRY_OPERATOR) continue;
    if (only && h.ref !== only.ref) return undefined;
    if (!only || h.end - h.start > only.end - only.start) only = h;
  }
  return only && orgOfHit(doc, only);
}

/** The company of mention d, `subject` being its sentence's (subjectOf); null when none is found. */
export function mentionCompany(doc: Doc, d: Draft, subject: Subject): Org | null {
  const s = d.sentence;
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
  // "National Grid will supply the Mesa facility from a new substation": the subject serves another's.
  let supplied = false;
  if (!org && !describedOwner) {
    if (subject?.kind === 'org' && subject.org.start < d.start && subject.org.end <= d.start && !utilityServes(doc, subject.org, d) && suppliesIt(doc, subject.org, d)) {
      supplied = true;
      org = topicBefore(doc, s);
    } else if (subject?.kind === 'org' && subject.org.start < d.start && subject.org.end <= d.start) org = utilityServes(doc, subject.org, d) ? (topicBefore(doc, s) ?? subject.org) : subject.org;
    else if (d.phrase?.pronounOwner) org = possessiveOwnerBefore(doc, s, d.start) ?? quotedSpeaker(doc, d) ?? interviewee(doc, d) ?? sourceOpening(doc, s, d.start) ?? agentRightBefore(doc, s, d.start) ?? (subject ? null : companyNamedBefore(doc, s, d.start)) ?? (describedCommonSubject(s) ? null : anaphorCompany(doc, s, subject));
    else if (subject?.kind === 'anaphor') org = anaphorCompany(doc, s, subject);
  }
  if (!describedOwner && !supplied) {
    org ??= nearestOrgBefore(doc, s, d.start);
    org ??= nearestOrgAfter(doc, s, d.end);
    org ??= sourceOpening(doc, s, d.start);
  }
  // "An earlier version of this article said B operates the C data center. It is operated by A."
  const corrected = correctedCompany(doc, d, org);
  if (corrected !== undefined) org = corrected;
  // "Data4 is owned by Brookfield. … Brookfield's Hanau campus": the company the owner owns runs it.
  return ownedCompany(doc, org) ?? org;
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
export function sellerAfter(doc: Doc, d: Draft): Org | null {
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

/** A utility's name: "Idaho Power", "Dominion Energy", "Georgia Power Co.". */
const UTILITY_NAME = /\b(?:Power|Energy|Electric|Electricity|Utilities|Light|Gas)\b/;

/**
 * A utility's operating company named by its state: "AEP Ohio", "Entergy Louisiana", "Ameren
 * Missouri", "Duke Energy Carolinas": a company word, then the state it serves.
 */
function stateUtilityName(name: string): boolean {
  const words = name.trim().split(/\s+/);
  // Only a state's full name: "Co", "Pa" and "Me" end names as postal codes of no state.
  const endsInState = (tail: number) => words.length > tail && words.at(-1)!.length > 2 && usStateCode(words.slice(-tail).join(' ')) !== undefined;
  return (words.length > 1 && words.at(-1) === 'Carolinas') || endsInState(1) || endsInState(2);
}

/** What a utility does for a customer's facility. */
const SERVES = /\b(?:serve[sd]?|serving|supply|supplie[sd]|supplying|power(?:s|ed|ing)?|connect(?:s|ed|ing)?|customers?|substation|interconnect\w*|transmission)\b/i;

/**
 * "Idaho Power said it will serve the Kuna data center", "Dominion filed a contract to supply the
 * … data center": a utility the catalog does not list as an operator, serving a facility it does not
 * call its own, speaks of a customer's: the facility stays the paragraph's company's.
 */
function utilityServes(doc: Doc, org: Org, d: Draft): boolean {
  return org.ops.length === 0 && !d.phrase?.pronounOwner && (UTILITY_NAME.test(org.text) || stateUtilityName(org.text)) && SERVES.test(doc.text.slice(org.end, d.start));
}

/** A verb by which a company serves a facility it does not run, right before it ("will supply the", "is to power the"). */
const SUPPLIES = /^\s+(?:(?:will|would|is to|are to|has agreed to|agreed to|plans to|is set to|also|to)\s+){0,2}(?:supply|supplies|supplied|supplying|serve|serves|served|serving|power|powers|powered|powering|connect|connects|connected|cool|cools|equip|equips|equipped|finance|finances|financed|fund|funds|funded|insure|insures|insured)\s+(?:the\s+)?$/i;

/** "… signed letters of intent for capacity at the Mesa data centre", "leases space in the": a tenant's words before it (not "sell capacity at the"). */
const TENANT_BEFORE = /(?:\bfor\s+(?:[\w-]+\s+){0,2}?(?:capacity|space)|\b(?:leases?|leased|leasing|rents?|rented|renting))\s+(?:[\w-]+\s+){0,3}?(?:at|in)\s+(?:the\s+)?$/i;
/** "… said the Hanau campus was its largest customer": the speaker serves it. */
const CUSTOMER_AFTER = /^\s+(?:is|was|as|became|becomes|will be|would be)\s+(?:its|their|one of its|one of their)\s+(?:[\w-]+\s+){0,2}?(?:customers?|clients?|offtakers?)\b/i;

/**
 * The company of the sentence serves the facility rather than runs it: it supplies, powers or
 * funds it ("National Grid will supply the Mesa facility"), rents in it ("signed letters of intent
 * for capacity at the Mesa data centre") or calls it its customer.
 */
function suppliesIt(doc: Doc, org: Org, d: Draft): boolean {
  if (d.phrase?.pronounOwner) return false;
  const before = doc.text.slice(org.end, d.start);
  return SUPPLIES.test(before) || TENANT_BEFORE.test(before) || CUSTOMER_AFTER.test(doc.text.slice(d.end, d.sentence.end));
}

/** A catalog site's operator, as the text names it when it does. */
function siteOperatorInText(doc: Doc, d: Draft): Org | null {
  const ops = doc.index.sites.operators.at(d.site)!;
  const h = d.sentence.operators.find((o) => ops.includes(o.ref));
  return h ? orgOfHit(doc, h) : null;
}

/**
 * The operator the catalog gives a site (start -1: the text did not say it of this mark), written
 * as the article writes that company when it names it anywhere ("AWS", not the catalog's "Amazon
 * Web Services"): facts stay as written.
 */
export function catalogOperator(doc: Doc, d: Draft): Org | null {
  if (d.site < 0) return null;
  const op = doc.index.sites.operators.at(d.site)![0];
  if (op === undefined) return null;
  const hits = companyHits(doc).get(op) ?? [];
  // The last name before the mark, else the first; of names found at one place, the longest
  // ("ST Telemedia Global Data Centres", not its first words).
  let at = -1;
  for (const h of hits) if (h.start < d.start && h.start > at) at = h.start;
  if (at < 0) for (const h of hits) if (at < 0 || h.start < at) at = h.start;
  let written: Hit | undefined;
  for (const h of hits) if (h.start === at && (!written || h.end > written.end)) written = h;
  return { text: written ? doc.text.slice(written.start, written.end) : doc.index.operators.names.at(op)!, ops: [op], start: -1, end: -1 };
}

/** Each catalog company's hits in the text, in text order, worked out once per article. */
const HITS_OF_COMPANY = new WeakMap<Doc, Map<number, Hit[]>>();
function companyHits(doc: Doc): Map<number, Hit[]> {
  let byRef = HITS_OF_COMPANY.get(doc);
  if (!byRef) {
    byRef = new Map();
    for (const h of doc.operators) {
      if (h.type !== ENTRY_OPERATOR) continue;
      const list = byRef.get(h.ref);
      if (list) list.push(h);
      else byRef.set(h.ref, [h]);
    }
    HITS_OF_COMPANY.set(doc, byRef);
  }
  return byRef;
}

// "The Tier-IV data centre will …", "The new 12-storey facility …", "It …": the sentence is about the facility just named.
