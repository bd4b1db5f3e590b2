/**
 * detect(): reads an article as a short pipeline: candidates (candidates.ts, named.ts, codes.ts)
 * → acceptance (accept.ts) → attribution of facts (attribution.ts; the company and place a mention's
 * sentence gives it in facts/mention-company.ts, facts/sentence-place.ts) → entities (coref.ts with
 * coref-items.ts) → facts shared per entity → resolution once per entity (entities.ts).
 */
import type { Candidate, ResolveQuery } from '../catalog/query-types';
import { Doc, type Sentence } from './context';
import { findCodes } from './codes';
import { clusterMentions, shareFacts, type CorefItem } from './coref';
import { topicBefore, type Org } from './facts/operator';
import type { DetectorIndex } from './index-format';
import type { Draft } from './draft';
import { resolveEntities, type EntityDecision } from './entities';
import { joinDescribedToKnown, joinSameSite } from './join-known';
import { findApposedNames, findGivenNames, findNameEchoes, findNumberedNames, findProjectNames } from './named';
import { findEllipticalMentions } from './elliptical';
import { pairRespectively } from './respectively';
import { dropCatalogSite, giveTextCompany, namesakesOffCatalog, textCompanyOf } from './coref-namesakes';
import { buildPhrase } from './phrase';
import { newsOrdinal } from './facts/ordinal';
import { type Mention, type MentionFacts } from './types';
import { HEADS } from './vocab';
import { insideAddress } from './url';
import { placeFromDateline, placeUnplacedFromDateline } from './dateline-place';
import { DC_CONTEXT_CHARS, ONLY_IF_KNOWN, acceptPhrase } from './accept';
import { byStart, anyWithin, covered, hasLongerHeadEndingWith, draftFromPhrase, draftFromAlias, draftFromFamily, draftFromName, draftFromCode, dedupe } from './candidates';
import { catalogOperator } from './facts/mention-company';
import { ownFacts, attachFollowingSentences, articleTopic, placesFromContext, addPredicateOrdinals, mayLend } from './attribution';
import { appositionOfPrevious, besideBareSubject, subjectIsBareHead, corefItem, sentenceGap } from './coref-items';
export type ResolveFn = (q: ResolveQuery) => Candidate[];
export { KNOWN_THRESHOLD } from './entities';

export function detect(text: string, index: DetectorIndex, resolve?: ResolveFn): Mention[] {
  const doc = new Doc(text, index);
  if (doc.heads.length === 0 && doc.sites.length === 0 && doc.families.length === 0) return [];
  const strongAt = doc.heads.filter((h) => HEADS[h.ref].strong).map((h) => h.start);
  const sureSites = doc.sites.filter((h) => !h.needsContext).map((h) => h.start);
  const dcNear = (pos: number) => anyWithin(strongAt, pos, DC_CONTEXT_CHARS) || anyWithin(sureSites, pos, DC_CONTEXT_CHARS);

  const drafts: Draft[] = [];
  doc.heads.forEach((hit, hi) => {
    const head = HEADS[hit.ref];
    if (head.plural) return;
    // "center" inside "data center", "region" inside "cloud region": the longer head decides.
    if (hasLongerHeadEndingWith(doc.heads, hi)) return;
    const s = doc.sentenceAt(hit.start);
    const p = buildPhrase(doc, s, hit, head);
    if (!p) return;
    const confidence = acceptPhrase(doc, p, dcNear(hit.start));
    if (confidence > 0) drafts.push(draftFromPhrase(doc, p, confidence));
  });
  drafts.sort(byStart);
  const phraseDrafts = drafts.slice();
  for (const hit of doc.sites) {
    if (covered(phraseDrafts, hit.start, hit.end)) continue;
    const d = draftFromAlias(doc, hit);
    if (d) drafts.push(d);
  }
  for (const hit of doc.families) {
    const d = draftFromFamily(doc, hit);
    if (d) drafts.push(d);
  }
  if (strongAt.length > 0) {
    drafts.sort(byStart);
    const before = drafts.slice();
    for (const c of findCodes(doc)) {
      if (covered(before, c.start, c.end)) continue;
      drafts.push(draftFromCode(doc, c));
    }
  }
  drafts.sort(byStart);
  const described = drafts.slice();
  // A code-named project needs no data-center word of its own when a facility phrase was accepted in
  // its sentence ("Project Tern, a 300MW AI campus in …": the campus is what the name stands for),
  // and once the article has made it a facility, every other use of the name is that facility.
  const acceptedIn = (at: number) => described.some((d) => d.sentence === doc.sentenceAt(at));
  // Names the article gives a facility: before an apposition, or after it ("… in Hanau, which it calls Kestrel").
  const apposed = [...findApposedNames(doc), ...findGivenNames(doc, described)].filter((n) => !covered(described, n.start, n.end));
  const names = [...findNumberedNames(doc), ...findProjectNames(doc)].filter((n) => !covered(described, n.start, n.end)).concat(apposed);
  const projects = new Set(names.filter((n) => n.kind === 'project' && (dcNear(n.start) || acceptedIn(n.start))).map((n) => n.name));
  for (const n of names) {
    if (dcNear(n.start) || n.sibling || (n.kind === 'project' && projects.has(n.name))) drafts.push(draftFromName(doc, n));
  }
  drafts.push(...findEllipticalMentions(doc, (a, b) => covered(described, a, b)));
  drafts.sort(byStart);
  const named = drafts.slice();
  const silent = new Set<Draft>();
  // A name set before an apposition ("Black Pearl, its 200 MW campus") is the facility's wherever the article repeats it.
  const echoable = [...echoableNames(doc, named), ...apposed.map((n) => n.name)];
  const apposedNames = new Set(apposed.map((n) => n.name));
  for (const n of findNameEchoes(doc, echoable, (a, b) => covered(named, a, b))) {
    const d = draftFromName(doc, apposedNames.has(n.name) ? { ...n, apposed: true } : n);
    if (n.silent) silent.add(d);
    drafts.push(d);
  }
  const kept = dedupe(drafts.filter((d) => !insideAddress(doc.text, d.start)));
  const links = kept.map((d, i) => (i > 0 && ((d.givenName && kept[i - 1].sentence === d.sentence) || appositionOfPrevious(doc, kept, i)) ? i - 1 : -1));
  const bySentence = new Map<Sentence, number[]>();
  kept.forEach((d, i) => {
    const list = bySentence.get(d.sentence);
    if (list) list.push(i);
    else bySentence.set(d.sentence, [i]);
  });
  kept.forEach((d, i) => ownFacts(doc, d, i, bySentence.get(d.sentence)!, links, kept));
  for (const [s, list] of bySentence) if (list.length > 1) pairRespectively(doc.text, s, list.map((k) => kept[k]));
  placeFromDateline(doc, kept);
  let no = 0;
  const sentenceNos: number[] = [];
  const items = kept.map((d, i) => {
    if (i > 0) no += sentenceGap(doc, kept[i - 1].sentence, d.sentence);
    sentenceNos.push(no);
    // "The facility, to be called Stargate Norway, ...": the name belongs to the facility just mentioned.
    const item = corefItem(doc, d, no, links[i], kept[i - 1], i - 1);
    if (links[i] < 0 && i > 0 && d.sentence !== kept[i - 1].sentence && no - sentenceNos[i - 1] <= 2 && subjectIsBareHead(d.sentence) && !item.besideAnother && !namedSubject(d, item) && !besideBareSubject(doc, kept[i - 1], d)) item.linkTo = links[i] = i - 1;
    return item;
  });
  let clusters = clusterMentions(items);
  // Two projects of one code name: the one the catalog's company or city is not gets no card, and
  // the company its text gives instead of the catalog's.
  const namesakes = namesakesOffCatalog(doc, kept, kept.map((d) => textCompanyOf(doc, d)), items.map((m) => m.placeKey), clusters);
  for (const [c, org] of namesakes) dropCatalogSite(doc, kept, clusters, c, org);
  // A namesake kept apart by its own company ("Beale Infrastructure's Project Blue") is that company's.
  items.forEach((m, i) => {
    if (m.anotherOfName && !kept[i].operator && m.textCompany && !items.some((o, k) => k < i && clusters[k] === clusters[i] && o.name === m.name)) giveTextCompany(doc, kept[i]);
  });
  addPredicateOrdinals(kept, items, clusters);
  attachFollowingSentences(doc, kept, items, clusters);
  let facts = shareFacts(items, clusters);
  placeUnplacedFromDateline(doc, kept, facts, clusters);
  // Operators the article gives (the paragraph's or the article's company) before asking the catalog.
  let docTopic: Org | false | undefined;
  kept.forEach((d, i) => {
    if (facts[i].operator !== null) return;
    if (docTopic === undefined) docTopic = articleTopic(doc) ?? false;
    const topic = topicBefore(doc, d.sentence);
    const org = (topic && mayLend(doc, topic, d, kept) ? topic : null) ?? catalogOperator(doc, d) ?? (docTopic && mayLend(doc, docTopic, d, kept) ? docTopic : null);
    if (org) {
      facts[i].operator = org.text;
      d.operator = org;
    }
  });
  // An article whose facilities all name one company (a company the lexicon may not know) is about
  // that company's facilities: the rest are its too.
  if (oneOwner(facts)) {
    const o = facts.findIndex((f) => f.operator !== null);
    kept.forEach((d, i) => {
      if (facts[i].operator !== null || d.kind === 'region' || !mayLend(doc, kept[o].operator, d, kept)) return;
      facts[i].operator = facts[o].operator;
      d.operator = kept[o].operator;
    });
  }
  // One catalog question per facility; every mark of it shows the same card.
  const decisions = resolveEntities(doc, kept, clusters, resolve).map((x, i) => (namesakes.has(clusters[i]) ? { ...x, status: 'new' as const, entityId: null, site: -1 } : x));
  // The catalog's answers join what coreference left apart: one site is one facility with one set of facts.
  const offCatalog = new Set(namesakes.keys());
  const sameSite = joinSameSite(items, clusters, decisions, offCatalog);
  const joined = joinDescribedToKnown(doc, kept, items, sameSite ?? clusters, decisions, facts, offCatalog) ?? sameSite;
  if (joined) {
    const into = new Set(joined.filter((c, i) => c !== clusters[i]));
    clusters = joined;
    facts = shareFacts(items, clusters, facts, into);
  }
  // Operators read off the catalog, per entity, before any is replaced below.
  const catalogOps = new Set(kept.flatMap((d, i) => (d.operator && d.operator.start < 0 ? [`${clusters[i]}\u0000${d.operator.text}`] : [])));
  kept.forEach((d, i) => {
    // The catalog says it is not the site the words matched: that site's operator (read off the
    // catalog, so with no place in the text) is not the facility's; one the article gives it is.
    // Coreference may have shared that operator with the entity's other marks as a fact.
    const fromCatalog = (d.operator && d.operator.start < 0) || (!d.operator && facts[i].operator !== null && catalogOps.has(`${clusters[i]}\u0000${facts[i].operator}`));
    if (decisions[i].site < 0 && fromCatalog) {
      const given = kept.find((o, k) => clusters[k] === clusters[i] && !!o.operator && o.operator.start >= 0);
      if (docTopic === undefined) docTopic = articleTopic(doc) ?? false;
      d.operator = given?.operator ?? topicBefore(doc, d.sentence) ?? (docTopic || null);
      facts[i].operator = d.operator?.text ?? null;
    }
    d.site = decisions[i].site;
    // The catalog's place and operator only when the article gives none; a country alone waits
    // until the article's nearby places have had their say (placesFromContext).
    if (facts[i].location === null && d.site >= 0 && doc.index.sites.cities.at(d.site)) facts[i].location = doc.index.sites.locations.at(d.site) || null;
    if (facts[i].operator === null && d.site >= 0) {
      d.operator = catalogOperator(doc, d);
      facts[i].operator = d.operator?.text ?? null;
    }
  });
  placesFromContext(doc, kept, facts, sentenceNos, clusters);
  kept.forEach((d, i) => {
    if (facts[i].location === null && d.site >= 0) facts[i].location = doc.index.sites.locations.at(d.site) || null;
  });
  // A phrase accepted only if the catalog knows it, with no surer mark of its facility, goes when it does not.
  const sure = new Set(kept.flatMap((d, i) => (d.confidence === ONLY_IF_KNOWN ? [] : [clusters[i]])));
  kept.forEach((d, i) => {
    if (d.confidence === ONLY_IF_KNOWN && decisions[i].status !== 'known' && !sure.has(clusters[i])) silent.add(d);
  });
  return kept.flatMap((d, i) => (silent.has(d) ? [] : [toMention(doc, d, facts[i], decisions[i])]));
}

/**
 * "The Project Bluebonnet site still needs …": the bare-subject test reads "The Project" as "the
 * project", but the subject is this named mention itself, not a reference back to the facility before
 * ("The project, called X, …" still names the facility before).
 */
function namedSubject(d: Draft, item: CorefItem): boolean {
  return !!item.name && !item.namedHere && d.start - d.sentence.start <= 4;
}

/** Every operator the facts give is one company (case aside), and there is one. */
function oneOwner(facts: MentionFacts[]): boolean {
  // Mentions of one company repeat the same string: lower-case only a string not seen just before.
  let raw: string | null = null;
  let owner: string | null = null;
  for (const f of facts) {
    if (!f.operator || f.operator === raw) continue;
    raw = f.operator;
    const low = raw.toLowerCase();
    if (owner === null) owner = low;
    else if (low !== owner) return false;
  }
  return owner !== null;
}

const NAMED_AS = /\b(?:known as|called|dubbed|nicknamed|code-?named|named)\s+["“']?\p{Lu}/u;

/** Names of two or more words that phrases gave their facility (or one given as a name), neither a place nor a company alone. */
function echoableNames(doc: Doc, drafts: Draft[]): string[] {
  const out: string[] = [];
  for (const d of drafts) {
    const name = d.phrase?.name;
    // One word only when the phrase gives it as a name ("its site in Cambois, known as Bluebird").
    const given = !!name && NAMED_AS.test(doc.text.slice(d.start, d.end));
    if (!name || (!/\s/.test(name.trim()) && !given) || /[\n\r]/.test(name) || d.phrase?.prePlace) continue;
    // A company's name as the operator hit of its sentence ("Crusoe Energy") is no facility's name.
    if (d.sentence.operators.some((o) => doc.text.slice(o.start, o.end) === name)) continue;
    out.push(name);
  }
  return out;
}

function toMention(doc: Doc, d: Draft, facts: MentionFacts, decision: EntityDecision): Mention {
  const { status, entityId, candidates } = decision;
  // Facts stay as written; lib/format makes display strings of them (written.ts).
  const operatorIds = (d.operator?.ops ?? []).map((k) => doc.index.operators.ids.at(k)!);
  if (facts.ordinal) facts.ordinal = newsOrdinal(facts.ordinal);
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
