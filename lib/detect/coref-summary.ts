/**
 * What a cluster of mentions already says (sites, ordinals, names, places, companies, sizes), and
 * whether a newcomer conflicts with it: the test every coreference rule asks before joining.
 */
import { newsOrdinal } from './facts/ordinal';
import type { CorefItem } from './coref';

/** What a cluster already says, to check a newcomer against all members at once. */
export interface Summary {
  entityIds: Set<string>;
  ordinals: Set<string>;
  names: Set<string>;
  places: Array<{ key: string; country: string | null; isCountry: boolean; admin: string | null; isAdmin: boolean; isArea: boolean }>;
  operatorIds: Set<number>;
  operatorKeys: Set<string>;
  ownCapacities: number[];
  /** Sentence number of the latest member. */
  lastSentence: number;
}

/** "6th" and "sixth" are one ordinal. */
export const ordinalKey = (x: string) => newsOrdinal(x).toLowerCase();
export const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
/**
 * Whether m may join the cluster c: nothing it says (site, ordinal, name, own size, place, company)
 * conflicts with what c says. `strong` is how m points at c: an apposition, its name, its place.
 */
export function compatible(m: CorefItem, c: Summary, strong: 'apposition' | 'name' | 'place' | false): boolean {
  if (m.entityId && c.entityIds.size && !c.entityIds.has(m.entityId)) return false;
  if (m.ordinal && c.ordinals.size && !c.ordinals.has(ordinalKey(m.ordinal))) return false;
  if (m.name && c.names.size && !c.names.has(norm(m.name))) return false;
  // "a 12MW facility by A; an 80MW facility by B": sizes written into two mentions tell them apart.
  if (m.ownCapacity !== null && strong !== 'name' && c.ownCapacities.some((x) => Math.abs(x - m.ownCapacity!) > 0.02 * Math.max(x, m.ownCapacity!))) return false;
  if (m.placeKey && !m.placeIsArea) {
    for (const p of c.places) {
      if (p.key === m.placeKey || p.isArea) continue;
      const nested =
        // A place the gazetteer does not know ("Pelican Way", "Torokbalint") may lie inside one it knows.
        (strong !== false && (!m.placeCountry || !p.country) && m.placeLevel >= 2) ||
        ((p.isCountry || m.placeIsCountry) && !!p.country && p.country === m.placeCountry) ||
        ((p.isAdmin || m.placeLevel === 2) && !!p.admin && p.admin === m.placeAdmin);
      // An apposition names one thing twice: "Stargate Abilene, its campus in Texas" conflicts
      // only when both places are of one level or lie in different countries.
      const sameLevel = p.isCountry === m.placeIsCountry && p.isAdmin === (m.placeLevel === 2);
      const apart = !!p.country && !!m.placeCountry && p.country !== m.placeCountry;
      if (!nested && (strong !== 'apposition' || sameLevel || apart)) return false;
    }
  }
  // Partners differ from sentence to sentence ("OpenAI's Stargate", "Crusoe's Abilene campus"): a
  // different company only keeps apart mentions that share nothing stronger than proximity.
  if (strong === 'name' || strong === 'apposition') return true;
  if (m.operatorIds.length && c.operatorIds.size && !m.operatorIds.some((x) => c.operatorIds.has(x))) return false;
  if (strong === 'place') return true;
  if (m.operatorIds.length && c.operatorIds.size && !m.operatorIds.some((x) => c.operatorIds.has(x))) return false;
  if (!m.operatorIds.length && !c.operatorIds.size && m.operatorKey && c.operatorKeys.size && !c.operatorKeys.has(m.operatorKey)) return false;
  return true;
}

/** Adds m's facts to what its cluster says. */
export function addMember(c: Summary, m: CorefItem): void {
  if (m.entityId) c.entityIds.add(m.entityId);
  if (m.ordinal) c.ordinals.add(ordinalKey(m.ordinal));
  if (m.name) c.names.add(norm(m.name));
  if (m.placeKey && !c.places.some((p) => p.key === m.placeKey)) c.places.push({ key: m.placeKey, country: m.placeCountry, isCountry: m.placeIsCountry, admin: m.placeAdmin, isAdmin: m.placeLevel === 2, isArea: !!m.placeIsArea });
  for (const id of m.operatorIds) c.operatorIds.add(id);
  if (m.operatorKey) c.operatorKeys.add(m.operatorKey);
  if (m.ownCapacity !== null) c.ownCapacities.push(m.ownCapacity);
  c.lastSentence = m.sentenceNo;
}

/** Shares an operator with the cluster, or names none (the company is the article's). */
export function sameCompany(m: CorefItem, c: Summary): boolean {
  return m.operatorIds.length === 0 || m.operatorIds.some((x) => c.operatorIds.has(x));
}

export function emptySummary(sentenceNo: number): Summary {
  return { entityIds: new Set(), ordinals: new Set(), names: new Set(), places: [], operatorIds: new Set(), operatorKeys: new Set(), ownCapacities: [], lastSentence: sentenceNo };
}
