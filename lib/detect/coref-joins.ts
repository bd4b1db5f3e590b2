/**
 * Joins made after the left-to-right pass, when the whole article has been read: a headline's
 * facility with the body's, and descriptions with their company's one named facility.
 */
import type { CorefItem } from './coref';
import { compatible, type Summary } from './coref-summary';

/**
 * "$2B AI Data Center: X's Big Wager" over an article that then describes "a new AI data center
 * in Leeds": a headline's facility that gives no name or ordinal, and no place or a wider one, is the first
 * facility of its kind the body speaks of, when nothing conflicts.
 */
export function joinHeadlineToBody(items: CorefItem[], cluster: number[], summaries: Summary[]): number[] {
  const body = items.findIndex((m) => !m.inTitle);
  if (body <= 0) return cluster;
  const target = cluster[body];
  const joined = new Set<number>();
  for (let i = 0; i < body; i++) {
    const m = items[i];
    const c = cluster[i];
    // "Indiana AI campus" over "a 1GW AI data center campus in New Carlisle, Indiana": a state or a
    // country in the headline holds the body's place (compatible checks that it does).
    const wide = !m.placeKey || m.placeLevel === 1 || m.placeLevel === 2;
    if (c === target || !wide || m.name || m.ordinal || m.entityId || m.kind !== items[body].kind) continue;
    if (cluster.some((x, k) => x === c && !items[k].inTitle)) continue;
    if (!compatible(m, summaries[target], false)) continue;
    joined.add(c);
  }
  return joined.size ? cluster.map((c) => (joined.has(c) ? target : c)) : cluster;
}

/**
 * "Oracle's data center project … Project Lantern … the Oracle project": when a company has exactly
 * one named facility in the article, its descriptions that give no name or ordinal are that
 * facility, before or after the name, when they give no place or one that holds it or lies in
 * its country (nestsIn). With two named facilities of the company, nothing is joined. A company
 * is known by its operator ids, or by its words when the lexicon does not know it; a placed
 * description that names no company may join the article's one named facility.
 */
export function joinUnplacedToOnlyNamed(items: CorefItem[], cluster: number[], summaries: Summary[]): number[] {
  const companies = (sum: Summary) => [...[...sum.operatorIds].map(String), ...(sum.operatorIds.size ? [] : [...sum.operatorKeys].map((k) => `k:${k}`))];
  const describes = (sum: Summary) => sum.names.size === 0 && sum.ordinals.size === 0;
  const named = new Map<string, number[]>(); // company -> named clusters
  const anyNamed = new Set<number>(); // every cluster in some list of `named`
  summaries.forEach((sum, c) => {
    if (sum.names.size === 0 && sum.entityIds.size === 0) return;
    for (const op of companies(sum)) {
      const list = named.get(op);
      if (list) list.push(c);
      else named.set(op, [c]);
      anyNamed.add(c);
    }
  });
  const regions = new Set(cluster.filter((_, i) => items[i].kind === 'region'));
  const firstSentence = (c: number, inBody: boolean) => {
    for (let i = 0; i < items.length; i++) if (cluster[i] === c && !(inBody && items[i].inTitle)) return items[i].sentenceNo;
    return Infinity;
  };
  const target = new Map<number, number>();
  summaries.forEach((sum, c) => {
    if (!describes(sum)) return;
    // The one named cluster (other than c) it may be: a long article names hundreds, so the search
    // stops at a second.
    let only = -1;
    let many = false;
    const see = (n: number) => {
      if (n === c || n === only) return;
      if (only < 0) only = n;
      else many = true;
    };
    const ops = companies(sum);
    // A description that names no company is the article's company's: any named facility may be it,
    // but not a cloud region, which is a provider's ("a 6 MW data center in Curitiba" … "Microsoft's
    // Brazil South region").
    if (ops.length === 0 && sum.places.length > 0) {
      for (const n of anyNamed) {
        if (regions.has(n)) continue;
        see(n);
        if (many) break;
      }
    }
    for (const op of ops) {
      for (const n of named.get(op) ?? []) {
        // "Microsoft's Querétaro campus will host its Mexico Central region": a campus is not the region it serves.
        if (sum.campus && regions.has(n)) continue;
        see(n);
        if (many) break;
      }
      if (many) break;
    }
    if (only < 0 || many) return;
    const n = only;
    // "Equinix's SG3 is full. Equinix also plans a new 300 MW facility.": brought in as a new one
    // after the named one's first sentence (a headline aside), it is another; news introduces a
    // facility first and names it after.
    if (sum.introduced && firstSentence(n, true) < firstSentence(c, false)) return;
    if (sum.places.length === 0 ? sum.entityIds.size === 0 : nestsIn(sum, summaries[n])) target.set(c, n);
  });
  if (target.size === 0) return cluster;
  return cluster.map((c, i) => (target.has(c) && items[i].kind !== 'region' ? target.get(c)! : c));
}

/**
 * The places of description a lie inside the named cluster b: a country b is in ("a new data
 * center in the UAE" … "Stargate UAE" in Abu Dhabi), or a city in the country b gives only as a
 * country ("Stargate Norway" … "the Narvik facility"). Their catalog sites, if any, agree.
 */
function nestsIn(a: Summary, b: Summary): boolean {
  if (a.entityIds.size > 1 || (a.entityIds.size === 1 && b.entityIds.size > 0 && !b.entityIds.has([...a.entityIds][0]))) return false;
  const bCountries = new Set(b.places.filter((p) => p.country).map((p) => p.country));
  const bOnlyCountry = b.places.every((p) => p.isCountry || p.isArea);
  return bCountries.size === 1 && a.places.every((p) => !!p.country && bCountries.has(p.country) && (p.isCountry || bOnlyCountry));
}
