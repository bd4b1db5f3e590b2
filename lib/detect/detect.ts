/**
 * detect(): one scan of the text with the main automaton, then, around each trigger it found, the
 * noun-phrase grammar (phrase.ts), fact extraction, coreference and catalog resolution.
 */
import type { Candidate, ResolveQuery } from '../catalog/query-types';
import { Doc, tokenIndexAt, type Hit, type Sentence } from './context';
import { clusterMentions, shareFacts, type CorefItem } from './coref';
import { findCapacities } from './facts/capacity';
import { findDate } from './facts/dates';
import { findGpus } from './facts/gpus';
import { findMoney, type ParsedMoney } from './facts/money';
import { nearestOrgAfter, nearestOrgBefore, subjectOf, topicBefore, type Org } from './facts/operator';
import type { DetectorIndex } from './lexicon';
import { buildPhrase, type Phrase } from './phrase';
import { nextSentence } from './sentences';
import { EMPTY_FACTS, type Mention, type MentionFacts, type SiteKind } from './types';
import { HEADS } from './vocab';

export type ResolveFn = (q: ResolveQuery) => Candidate[];

/** Confidence a resolver must reach for a descriptive mention to count as a known site. */
export const KNOWN_THRESHOLD = 0.8;
/** How far (chars) a data-center word makes a weak head ("facility", "site") plausible. */
const DC_CONTEXT_CHARS = 2500;

interface Draft {
  start: number;
  end: number;
  kind: SiteKind;
  confidence: number;
  sentence: Sentence;
  phrase: Phrase | null;
  site: number;
  operator: Org | null;
  facts: MentionFacts;
  country: string | null;
  city: string | null;
  admin: string | null;
  ordinalRank: number | null;
  anaphoricSubject: boolean;
}

export function detect(text: string, index: DetectorIndex, resolve?: ResolveFn): Mention[] {
  const doc = new Doc(text, index);
  if (doc.heads.length === 0 && doc.sites.length === 0) return [];
  const strongAt = doc.heads.filter((h) => HEADS[h.ref].strong).map((h) => h.start);
  const dcNear = (pos: number) => strongAt.some((x) => Math.abs(x - pos) <= DC_CONTEXT_CHARS) || doc.sites.some((h) => !h.needsContext && Math.abs(h.start - pos) <= DC_CONTEXT_CHARS);

  const drafts: Draft[] = [];
  for (const hit of doc.heads) {
    const head = HEADS[hit.ref];
    if (head.plural) continue;
    const s = doc.sentenceAt(hit.start);
    const p = buildPhrase(doc, s, hit, head);
    if (!p) continue;
    const confidence = acceptPhrase(doc, p, dcNear(hit.start));
    if (confidence > 0) drafts.push(draftFromPhrase(doc, p, confidence));
  }
  for (const hit of doc.sites) {
    if (drafts.some((d) => d.start <= hit.start && d.end >= hit.end)) continue;
    const d = draftFromAlias(doc, hit);
    if (d) drafts.push(d);
  }
  const kept = dedupe(drafts);
  for (const d of kept) completeFacts(doc, d, kept);
  let no = 0;
  const items = kept.map((d, i) => {
    if (i > 0) no += sentenceGap(doc, kept[i - 1].sentence, d.sentence);
    return corefItem(doc, d, no);
  });
  const clusters = clusterMentions(items);
  const facts = shareFacts(items, clusters);
  return kept.map((d, i) => toMention(doc, d, facts[i], resolve));
}

// ---------------------------------------------------------------------------------------------

function hasWordBefore(doc: Doc, p: Phrase, words: RegExp): boolean {
  return words.test(doc.text.slice(p.start, p.headStart).toLowerCase());
}

/** 0 when the phrase is not a specific data-center mention, else a confidence. */
function acceptPhrase(doc: Doc, p: Phrase, dcNear: boolean): number {
  if (p.nonDc) return 0;
  const place = !!(p.place || p.prePlace);
  const identifying = !!(p.ordinal || p.capacityMW || p.gpus || p.money || place || p.operator || p.name || p.siteHit);
  if (!identifying) return 0;
  const head = p.head;
  if (head.strong && head.kind !== 'region') return place || p.ordinal || p.siteHit ? 0.9 : 0.75;
  if (head.kind === 'region') {
    // A cloud region belongs to a provider; "the Asia-Pacific region" is a place, not a region.
    const cloudy = !!(p.operator?.ops.length || p.siteHit || hasWordBefore(doc, p, /\b(cloud|infrastructure|availability|azure)\b/));
    if (!cloudy) return 0;
    if (!(place || p.siteHit || p.ordinal || p.name)) return 0;
    return 0.85;
  }
  if (!(p.dcModifier || dcNear)) return 0;
  const headLow = doc.text.slice(p.headStart, p.headEnd).toLowerCase();
  if (/^(project|park|complex)$/.test(headLow) && !(p.dcModifier || p.name || p.siteHit || p.capacityMW || p.gpus)) return 0;
  if (/^(cluster|supercomputer|supercluster)$/.test(headLow) && !(p.gpus || p.name || p.siteHit || place || p.capacityMW)) return 0;
  // A weak head owned only by a company that is not a data-center operator we know ("Apple's campus").
  if (!p.dcModifier && !place && !p.ordinal && !p.capacityMW && !p.gpus && !p.name && !p.siteHit && !(p.operator && p.operator.ops.length)) return 0;
  return p.dcModifier ? 0.85 : 0.7;
}

function draftFromPhrase(doc: Doc, p: Phrase, confidence: number): Draft {
  const f: MentionFacts = { ...EMPTY_FACTS };
  f.ordinal = p.ordinal?.text ?? null;
  f.capacityMW = p.capacityMW;
  f.gpus = p.gpus;
  f.investment = p.money?.text ?? null;
  const site = p.siteHit ? p.siteHit.ref : -1;
  let kind = p.kind;
  if (site >= 0) kind = doc.index.sites.kinds[site];
  f.name = p.name ?? (p.siteHit ? doc.text.slice(p.siteHit.start, p.siteHit.end) : null);
  const pl = p.place;
  const pre = p.prePlace;
  f.location = pl?.text ?? pre?.text ?? null;
  const country = pl?.country || pre?.country || (site >= 0 ? doc.index.sites.countries[site] : '') || null;
  const city = pl ? pl.city : pre && pre.kind === 'city' ? pre.canonical : null;
  const admin = pl?.admin ?? (pre && pre.kind === 'admin' ? pre.canonical : null);
  return {
    start: p.start,
    end: p.end,
    kind,
    confidence,
    sentence: p.sentence,
    phrase: p,
    site,
    operator: p.operator,
    facts: f,
    country,
    city,
    admin,
    ordinalRank: p.ordinal?.rank ?? null,
    anaphoricSubject: false,
  };
}

/** A catalog name or code standing alone ("Colossus", "ap-northeast-1", "TY11"). */
function draftFromAlias(doc: Doc, hit: Hit): Draft | null {
  const s = doc.sentenceAt(hit.start);
  const written = doc.text.slice(hit.start, hit.end);
  const siteOps = doc.index.sites.operators[hit.ref];
  const opNear = s.operators.some((o) => siteOps.includes(o.ref));
  if (hit.needsContext) {
    if (!/[\p{Lu}\d]/u.test(written)) return null;
    const headNear = s.heads.length > 0;
    if (!headNear && !opNear) return null;
  }
  let start = hit.start;
  // "AWS's ap-northeast-1", "Azure Japan East": the operator right before belongs to the name.
  const before = s.operators.find((o) => siteOps.includes(o.ref) && o.end <= hit.start && /^['’]?s?\s*$/.test(doc.text.slice(o.end, hit.start)));
  if (before) start = before.start;
  const f: MentionFacts = { ...EMPTY_FACTS, name: written };
  const site = hit.ref;
  const city = doc.index.sites.cities[site] || null;
  return {
    start,
    end: hit.end,
    kind: doc.index.sites.kinds[site],
    confidence: hit.needsContext ? 0.75 : 0.95,
    sentence: s,
    phrase: null,
    site,
    operator: before ? { text: doc.text.slice(before.start, before.end), ops: [before.ref], start: before.start, end: before.end } : null,
    facts: f,
    country: doc.index.sites.countries[site] || null,
    city,
    admin: null,
    ordinalRank: null,
    anaphoricSubject: false,
  };
}

/** Overlapping drafts: the longer one wins, keeping a catalog site either had. */
function dedupe(drafts: Draft[]): Draft[] {
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Draft[] = [];
  for (const d of drafts) {
    const prev = out[out.length - 1];
    if (prev && d.start < prev.end) {
      if (prev.site < 0 && d.site >= 0) prev.site = d.site;
      if (d.end - d.start > prev.end - prev.start) {
        if (d.site < 0) d.site = prev.site;
        out[out.length - 1] = d;
      }
      continue;
    }
    out.push(d);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------

const PROGRAMME = /\b(part of|broader|overall|total|across|in total|combined|portfolio|plans? to (?:invest|spend)|over the next|through 20\d\d|by 20\d\d|annual|this year|capex|capital expenditure)/i;

/** Operator, sentence-level numbers and date for a draft. */
function completeFacts(doc: Doc, d: Draft, all: Draft[]): void {
  const s = d.sentence;
  const f = d.facts;
  const subject = subjectOf(doc, s);
  d.anaphoricSubject = subject?.kind === 'anaphor';
  let org: Org | null = d.operator;
  if (!org) {
    if (subject?.kind === 'org' && subject.org.start < d.start) org = subject.org;
    else if (subject?.kind === 'anaphor' || d.phrase?.pronounOwner) org = topicBefore(doc, s);
  }
  org ??= nearestOrgBefore(doc, s, d.start);
  org ??= nearestOrgAfter(doc, s, d.end);
  org ??= topicBefore(doc, s);
  if (!org && d.site >= 0) {
    const ops = doc.index.sites.operators[d.site];
    if (ops.length) org = { text: doc.index.operators.names[ops[0]], ops: [ops[0]], start: -1, end: -1 };
  }
  d.operator = org;
  f.operator = org?.text ?? null;

  // Numbers said about the facility elsewhere in its sentence, when the sentence is about it alone.
  const alone = all.filter((o) => o.sentence === s).length === 1;
  if (alone) {
    const tk = s.tokens;
    const inOther = (a: number, b: number) => a >= tokenIndexAt(tk, d.start) && b <= tokenIndexAt(tk, d.end - 1);
    if (f.capacityMW === null) {
      const caps = findCapacities(tk).filter((c) => !inOther(c.first, c.last));
      if (caps.length) f.capacityMW = Math.max(...caps.map((c) => c.mw));
    }
    if (f.gpus === null) {
      const g = findGpus(tk);
      if (g.length) f.gpus = Math.max(...g.map((x) => x.count));
    }
    if (f.investment === null) {
      const m = facilityMoney(doc, s);
      if (m) f.investment = m.text;
    }
  }
  f.date = findDate(doc.text.slice(s.start, s.end));
  // Place-less phrase: a place stated in its sentence after "in" belongs to it when it is alone.
}

function facilityMoney(doc: Doc, s: Sentence): ParsedMoney | null {
  const sentence = doc.text.slice(s.start, s.end);
  if (PROGRAMME.test(sentence)) return null;
  const m = findMoney(doc.text, s.tokens);
  return m.length === 1 ? m[0] : null;
}

function corefItem(doc: Doc, d: Draft, sentenceNo: number): CorefItem {
  const placeKey = d.facts.location ? d.facts.location.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim() : null;
  return {
    start: d.start,
    sentenceStart: d.sentence.start,
    entityId: d.site >= 0 ? doc.index.sites.ids[d.site] : null,
    name: d.facts.name,
    placeKey,
    ordinal: d.facts.ordinal,
    operatorIds: d.operator?.ops ?? [],
    operatorKey: d.operator?.text.toLowerCase() ?? null,
    capacityMW: d.facts.capacityMW,
    facts: d.facts,
    sentenceNo,
    anaphoricSubject: d.anaphoricSubject,
    country: d.country,
  };
}

/** Number of sentence boundaries from sentence a to sentence b (b after a), capped at 5. */
function sentenceGap(doc: Doc, a: Sentence, b: Sentence): number {
  if (a.start === b.start) return 0;
  let cur: [number, number] | null = [a.start, a.end];
  for (let n = 1; n <= 5; n++) {
    cur = nextSentence(doc.text, cur[1]);
    if (!cur || cur[0] > b.start) return 5;
    if (cur[0] === b.start || (cur[0] <= b.start && cur[1] > b.start)) return n;
  }
  return 5;
}

function toMention(doc: Doc, d: Draft, facts: MentionFacts, resolve?: ResolveFn): Mention {
  let status: Mention['status'] = 'new';
  let entityId: string | null = null;
  let candidates: string[] = [];
  const operatorIds = (d.operator?.ops ?? []).map((k) => doc.index.operators.ids[k]);
  if (d.site >= 0) {
    status = 'known';
    entityId = doc.index.sites.ids[d.site];
    if (resolve && d.phrase === null) {
      // Shared codes ("ap-northeast-1"): let the resolver choose with the operator named nearby.
      const c = resolve({ text: doc.text.slice(d.start, d.end), operatorIds, kind: d.kind });
      if (c.length > 1 && c[0].confidence >= KNOWN_THRESHOLD) entityId = c[0].siteId;
      candidates = c.map((x) => x.siteId);
    }
  } else if (resolve) {
    const q: ResolveQuery = { operatorIds, kind: d.kind };
    if (d.city) q.city = d.city;
    if (d.admin) q.admin = d.admin;
    if (d.country) q.country = d.country;
    if (d.ordinalRank) q.ordinal = d.ordinalRank;
    if (facts.name) q.text = facts.name;
    const c = resolve(q);
    candidates = c.map((x) => x.siteId);
    if (c[0] && c[0].confidence >= KNOWN_THRESHOLD) {
      status = 'known';
      entityId = c[0].siteId;
    }
  }
  return {
    start: d.start,
    end: d.end,
    text: doc.text.slice(d.start, d.end),
    status,
    entityId,
    kind: d.kind,
    confidence: d.confidence,
    facts,
    operatorIds,
    country: d.country,
    candidates,
  };
}

