/**
 * Antecedent rules of coreference, each for one way news refers back to a facility: a street of
 * the place just named, a code after a nameless description, a numbered name after an ordinal, a
 * named facility after an indefinite one, a definite description a few sentences on.
 */
import type { CorefItem } from './coref';
import { compatible, ordinalKey, sameCompany, type Summary } from './coref-summary';

/**
 * "… a new data centre in Leeds. … the six-storey facility at <street>": a definite reference
 * placed somewhere the gazetteer does not know (a street, an estate, a park) may lie inside the
 * place of the facility just named; `compatible` with 'place' still keeps apart two known places.
 */
export function streetOfPrevious(later: CorefItem): boolean {
  if (!later.definite || !later.placeKey || later.placeCountry || later.placeIsArea || later.placeIsCountry) return false;
  // Only what is plainly smaller than a town: "the data centre in <village>" may be another facility.
  return STREET_WORDS.has(later.placeKey.slice(later.placeKey.lastIndexOf(' ') + 1));
}
const STREET_WORDS = new Set(['way', 'road', 'rd', 'street', 'st', 'avenue', 'ave', 'drive', 'lane', 'boulevard', 'parkway', 'highway', 'estate', 'park', 'crescent', 'close']);

const RECENT_CLUSTERS = 12;

/** A place-less code ("KX9") is the latest nameless facility of its company not yet offered a code. */
export function firstCodeOf(m: CorefItem, summaries: Summary[], offered: Set<number>): number {
  for (let c = summaries.length - 1; c >= 0 && c >= summaries.length - RECENT_CLUSTERS; c--) {
    const sum = summaries[c];
    if (sum.names.size === 0 && sum.entityIds.size === 0 && !offered.has(c) && sameCompany(m, sum) && compatible(m, sum, false)) return c;
  }
  return -1;
}

/** Once a code of a company has been read, that company's earlier nameless facilities have had their chance. */
export function offerCode(m: CorefItem, summaries: Summary[], offered: Set<number>): void {
  for (let c = summaries.length - 1; c >= 0 && c >= summaries.length - RECENT_CLUSTERS; c--) if (sameCompany(m, summaries[c])) offered.add(c);
}

/**
 * "… finished its third facility in the capital. Lima 3 will offer 20MW": a
 * numbered name right after a nameless description with the same ordinal names that facility.
 */
export function numberedAfterOrdinal(items: CorefItem[], cluster: number[], summaries: Summary[], i: number): number {
  const m = items[i];
  if (!m.name || !m.ordinal || m.entityId) return -1;
  for (let j = i - 1; j >= 0 && m.sentenceNo - items[j].sentenceNo <= 1; j--) {
    const e = items[j];
    const c = cluster[j];
    if (e.name || !e.ordinal || ordinalKey(e.ordinal) !== ordinalKey(m.ordinal) || summaries[c].names.size > 0) continue;
    return compatible(m, summaries[c], 'place') ? c : -1;
  }
  return -1;
}

/**
 * "Kestrel has asked regulators to approve a data center in Peru. The Lurin Hall project would turn sheds
 * into …": a named facility opening the sentence after an indefinite one is the
 * facility that sentence brought in, when nothing conflicts.
 */
export function namedAfterIntroduction(items: CorefItem[], cluster: number[], summaries: Summary[], i: number): number {
  const m = items[i];
  const e = items[i - 1];
  if (!e || !m.name || !m.definite || m.sentenceNo - e.sentenceNo !== 1 || !e.indefinite || e.name) return -1;
  if (m.start - m.sentenceStart > 4) return -1; // the subject: "The <Name> project …"
  const c = cluster[i - 1];
  return summaries[c].names.size === 0 && compatible(m, summaries[c], 'place') ? c : -1;
}

const DEFINITE_REACH = 4;

/**
 * "… the Leeds campus offers 45 MW. … Kestrel's push began when it broke ground on the €150
 * million campus": a definite description that gives no place, name or ordinal is the
 * latest facility of its kind and company a few sentences back, past the neighbours `nearLink` reads,
 * when that facility is itself only described.
 */
export function definiteAntecedent(items: CorefItem[], cluster: number[], summaries: Summary[], i: number): number {
  const m = items[i];
  if (!m.definite || m.indefinite || m.placeKey || m.linkKeys.length || m.name || m.ordinal || m.entityId || !m.kind) return -1;
  for (let j = i - 1; j >= 0 && m.sentenceNo - items[j].sentenceNo <= DEFINITE_REACH; j--) {
    const e = items[j];
    if (e.kind !== m.kind) continue;
    const c = cluster[j];
    // A named facility is found by its name; two of them make "the project" ambiguous (joinUnplacedToOnlyNamed).
    return summaries[c].names.size === 0 && sameCompany(m, summaries[c]) && compatible(m, summaries[c], false) ? c : -1;
  }
  return -1;
}
