/**
 * Namesakes: two projects that share a code name in one article ("Cardinal Land Partners filed plans
 * for Project Loon … An unrelated project with the same code name, Google's Project Loon in
 * Hermantown, …"). Coreference joins equal names; these rules keep namesakes apart when the text
 * gives each its own company (or place) and says they differ, and leave the catalog's card to the
 * one whose company or place is the catalog site's.
 */
import { forText, spaceNonWords, UnicodeRegExp } from './cheap-regexp';
import type { Doc } from './context';
import type { Draft } from './draft';
import { clauseSubjectBefore, orgAt, subjectOf, type Org } from './facts/operator';

/** Words that say a name is used twice for two things: plainly, or by a company of its own ("its own"). */
export const ANOTHER_OF_THE_NAME = /\b(?:unrelated|(?:the )?same (?=)(?:code[- ]?)?(?=)name|(?:a |an )?(?=)(?:different|separate|distinct) (?=)(?:project|site|facility|campus|development)|not to be confused|no relation)(?=)\b/i;
const OWN_OF_THE_NAME = /\b(?:(?:its|their) own|also (?:called|named|dubbed|code-?named))\b/i;

/**
 * What the draft's sentence says of its name: 'plainly' another thing's too ("an unrelated project
 * with the same code name"), 'own' ("its own Project Loon": another only if the company differs), or nothing.
 */
export function saysAnotherOfTheName(doc: Doc, d: Draft): 'plainly' | 'own' | false {
  const sentence = doc.text.slice(d.sentence.start, d.sentence.end);
  return ANOTHER_OF_THE_NAME.test(sentence) ? 'plainly' : OWN_OF_THE_NAME.test(sentence) ? 'own' : false;
}

/**
 * The company the text itself gives the mention, not the catalog: for a bare name (whose operator
 * may have been read off the catalog, or found anywhere in its sentence because it is the site's),
 * a possessive right before it ("Beale Infrastructure's Project Blue") or the subject of its clause
 * ("Cardinal Land Partners filed plans for Project Loon", "…; now Cardinal Land Partners has filed
 * for its own Project Loon"); else its own operator when the text named it.
 */
export function textCompanyOf(doc: Doc, d: Draft): Org | null {
  const given = d.operator && d.operator.start >= 0 ? d.operator : null;
  if (d.phrase || (d.site < 0 && given)) return given;
  const read = possessiveRightBefore(doc, d) ?? ownersClauseSubject(doc, d) ?? clauseSubjectBefore(doc, d.sentence, d.start);
  if (read) return read;
  const subject = subjectOf(doc, d.sentence);
  if (subject?.kind === 'org' && subject.org.end <= d.start) return subject.org;
  return given ?? namedBeforeVerb(doc, d);
}

/** "a Kansas developer, Prairie Sky Holdings, used the same code name": capitalised words set off before a verb of filing. */
export const NAME_BEFORE_VERB = new UnicodeRegExp(String.raw`(\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,4}),?[ \t]+(?:has[ \t]+|have[ \t]+|had[ \t]+)?(?:used|filed|proposed|proposes|plans|planned|announced|unveiled|submitted|wants|chose|named|dubbed|calls|called)\b`, 'gu');

function namedBeforeVerb(doc: Doc, d: Draft): Org | null {
  const from = d.sentence.start;
  const before = doc.text.slice(from, d.start);
  let found: Org | null = null;
  for (const m of before.matchAll(forText(NAME_BEFORE_VERB, before))) {
    const start = from + m.index;
    const end = start + m[1].length;
    if (d.sentence.places.some((p) => p.start <= start && p.end >= end)) continue;
    found = { text: m[1], ops: d.sentence.operators.filter((h) => h.start >= start && h.end <= end).map((h) => h.ref), start, end };
  }
  return found;
}

/** "Beale Infrastructure's Project Blue": capitalised words with a possessive, right before the name. */
export const POSSESSIVE_BEFORE = new UnicodeRegExp(String.raw`(\p{Lu}[\p{L}\p{N}&.-]*(?:[ \t]+\p{Lu}[\p{L}\p{N}&.-]*){0,4})['’]s?[ \t]+$`, 'u');

function possessiveRightBefore(doc: Doc, d: Draft): Org | null {
  const before = doc.text.slice(d.sentence.start, d.start);
  const m = forText(POSSESSIVE_BEFORE, before).exec(before);
  if (!m) return null;
  const start = d.sentence.start + m.index;
  const end = start + m[1].length;
  // A place's possessive ("Georgia's Project Blue") names no company.
  if (d.sentence.places.some((p) => p.start <= start && p.end >= end)) return null;
  return { text: m[1], ops: d.sentence.operators.filter((h) => h.start >= start && h.end <= end).map((h) => h.ref), start, end };
}

/** Words that may open a clause before its subject ("…; now Kestrel has filed …"). */
const CLAUSE_OPENERS = /^(?:now|then|meanwhile|separately|also|and|but|while|whereas|today|later|since)$/;

/**
 * "…; now Cardinal Land Partners has filed for its own Project Loon": "its own" is the subject of
 * its clause, the company nearest after the last ";" or ":" (or the sentence's start).
 */
function ownersClauseSubject(doc: Doc, d: Draft): Org | null {
  if (!/\b(?:its|their)\s+own\s+$/i.test(doc.text.slice(Math.max(d.sentence.start, d.start - 12), d.start))) return null;
  const s = d.sentence;
  const tk = s.toks;
  let k = 0;
  for (let i = 0; i < tk.length && tk.start(i) < d.start; i++) if (tk.text(i) === ';' || tk.text(i) === ':') k = i + 1;
  while (k < tk.length && CLAUSE_OPENERS.test(tk.low(k))) k++;
  if (k < tk.length && tk.text(k) === ',') k++;
  const org = k < tk.length ? orgAt(doc.text, s, k) : null;
  return org && org.end <= d.start ? org : null;
}

/** A company as the namesake rules compare it: its lexicon ids, else its words. */
export interface CompanyKey {
  ids: readonly number[];
  key: string;
}

export const companyKey = (o: Org): CompanyKey => ({ ids: o.ops, key: spaceNonWords(o.text.toLowerCase()).trim() });

/** Two companies that cannot be one ("Google" and "Cardinal Land Partners"); a short name and its full one can. */
export function companiesDiffer(a: CompanyKey, b: CompanyKey): boolean {
  if (a.ids.length && b.ids.length) return !a.ids.some((x) => b.ids.includes(x));
  if (a.key === b.key || a.key.startsWith(`${b.key} `) || b.key.startsWith(`${a.key} `)) return false;
  return true;
}

/**
 * Clusters that share a name or catalog site with another cluster of the article and are not the
 * catalog's: their own company (or city) is not the site's, while the other's is. "Cardinal Land
 * Partners filed plans for Project Loon, a campus outside Bastrop … Google's Project Loon in
 * Hermantown": the card is Google's Hermantown project's; the Bastrop one is new. Each such
 * cluster maps to the company the text gives its name (null when it gives none).
 * The company given with the name itself counts first: "its own Project Loon, a 600 MW campus"
 * may lend the campus another company of the sentence.
 */
export function namesakesOffCatalog(doc: Doc, drafts: readonly Draft[], companies: ReadonlyArray<Org | null>, places: ReadonlyArray<string | null>, clusters: readonly number[]): Map<number, Org | null> {
  const out = new Map<number, Org | null>();
  // Site → clusters holding it by name; name → clusters.
  const bySite = new Map<number, Set<number>>();
  const byName = new Map<string, Set<number>>();
  const siteOfName = new Map<string, number>();
  drafts.forEach((d, i) => {
    if (d.site >= 0) add(bySite, d.site, clusters[i]);
    const name = nameKey(d);
    if (!name) return;
    add(byName, name, clusters[i]);
    if (d.site >= 0 && !siteOfName.has(name)) siteOfName.set(name, d.site);
  });
  if (![...bySite.values(), ...byName.values()].some((s) => s.size > 1)) return out;
  // Each cluster's marks, gathered once: a long page has thousands of marks and many namesake groups.
  const membersOf = new Map<number, number[]>();
  clusters.forEach((c, i) => {
    const list = membersOf.get(c);
    if (list) list.push(i);
    else membersOf.set(c, [i]);
  });
  const judge = (site: number, group: Set<number>) => {
    if (group.size < 2) return;
    const ops = doc.index.sites.operators.at(site)!;
    const city = key(doc.index.sites.cities.at(site) ?? '');
    const verdicts: Array<[number, 'site' | 'other' | 'unsaid', Org | null]> = [];
    for (const c of group) {
      const members = membersOf.get(c) ?? [];
      const named = members.filter((i) => !!drafts[i].facts.name && companies[i]);
      const said = (named.length ? named : members).map((i) => companies[i]).filter((o): o is Org => !!o);
      const ownCompany = said.some((o) => o.ops.some((x) => ops.includes(x)));
      const ownCity = !!city && members.some((i) => places[i] === city);
      const other = said.find((o) => !o.ops.some((x) => ops.includes(x))) ?? null;
      verdicts.push([c, ownCompany || ownCity ? 'site' : other ? 'other' : 'unsaid', other]);
    }
    if (!verdicts.some(([, v]) => v === 'site')) return;
    for (const [c, v, org] of verdicts) if (v === 'other') out.set(c, org);
  };
  for (const [site, group] of bySite) judge(site, group);
  for (const [name, group] of byName) {
    const site = siteOfName.get(name);
    if (site !== undefined) judge(site, group);
  }
  return out;
}

const key = (x: string) => spaceNonWords(x.toLowerCase()).trim();
const nameKey = (d: Draft) => (d.facts.name ? key(d.facts.name) : '');

function add<K>(map: Map<K, Set<number>>, k: K, c: number): void {
  const set = map.get(k);
  if (set) set.add(c);
  else map.set(k, new Set([c]));
}

/**
 * A namesake cluster is not the site its name matched: its marks lose the site, and the site's
 * companies (the catalog's, or one of them found in the sentence) give way to the company its
 * text gives.
 */
export function dropCatalogSite(doc: Doc, drafts: readonly Draft[], clusters: readonly number[], c: number, org: Org | null): void {
  const siteOps = new Set<number>();
  drafts.forEach((d, i) => {
    if (clusters[i] === c && d.site >= 0) for (const x of doc.index.sites.operators.at(d.site)!) siteOps.add(x);
  });
  drafts.forEach((d, i) => {
    if (clusters[i] !== c) return;
    d.site = -1;
    if (d.operator && (d.operator.start < 0 || d.operator.ops.some((x) => siteOps.has(x)))) {
      d.operator = org;
      d.facts.operator = org?.text ?? null;
    }
  });
}

/** The draft's operator is the company its text gives it. */
export function giveTextCompany(doc: Doc, d: Draft): void {
  d.operator = textCompanyOf(doc, d);
  d.facts.operator = d.operator?.text ?? null;
}
