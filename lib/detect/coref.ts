/**
 * Which mentions of an article are the same facility, so that each carries the facts given
 * anywhere for it: the same catalog site or name; the same place with no conflicting operator or
 * ordinal; or a place-less reference right after a mention, with the same (or a pronoun) subject.
 */
import type { MentionFacts } from './types';

export interface CorefItem {
  start: number;
  sentenceStart: number;
  /** How many sentences lie between this mention and the previous one (0: same sentence). */
  entityId: string | null;
  name: string | null;
  placeKey: string | null;
  ordinal: string | null;
  operatorIds: number[];
  operatorKey: string | null;
  capacityMW: number | null;
  facts: MentionFacts;
  /** Sentence ordinal in the text (0, 1, 2 ...) for distance checks. */
  sentenceNo: number;
  /** The sentence's subject is a pronoun ("they", "the company"). */
  anaphoricSubject: boolean;
  country: string | null;
  /** Index of an earlier item this one is the same as (apposition, copula, naming), or -1. */
  linkTo: number;
  placeCountry: string | null;
  /** The place is a country (or a larger area), so a city in that country does not conflict. */
  placeIsCountry: boolean;
  /** Capacities and GPU counts said about it in the sentences that follow. */
  extraCapacity: number[];
  extraGpus: number[];
}

function compatible(a: CorefItem, b: CorefItem): boolean {
  if (a.entityId && b.entityId && a.entityId !== b.entityId) return false;
  if (a.ordinal && b.ordinal && a.ordinal.toLowerCase() !== b.ordinal.toLowerCase()) return false;
  if (a.placeKey && b.placeKey && a.placeKey !== b.placeKey) {
    const nested = (a.placeIsCountry || b.placeIsCountry) && !!a.placeCountry && a.placeCountry === b.placeCountry;
    if (!nested) return false;
  }
  if (a.name && b.name && !sameName(a.name, b.name)) return false;
  if (a.operatorIds.length && b.operatorIds.length && !a.operatorIds.some((x) => b.operatorIds.includes(x))) return false;
  if (!a.operatorIds.length && !b.operatorIds.length && a.operatorKey && b.operatorKey && a.operatorKey !== b.operatorKey) return false;
  return true;
}

function sameName(a: string, b: string): boolean {
  const norm = (x: string) => x.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return norm(a) === norm(b);
}

function linked(later: CorefItem, earlier: CorefItem): boolean {
  if (later.entityId && later.entityId === earlier.entityId) return true;
  if (later.name && earlier.name && sameName(later.name, earlier.name)) return true;
  if (later.placeKey && later.placeKey === earlier.placeKey) return true;
  // "they will break ground on a facility with 60,000 GPUs" right after the Ulsan sentence.
  const gap = later.sentenceNo - earlier.sentenceNo;
  if (!later.placeKey && !later.name && !later.entityId && gap >= 0 && gap <= 1) {
    if (gap === 0 || later.anaphoricSubject || (later.operatorIds.length > 0 && later.operatorIds.some((x) => earlier.operatorIds.includes(x)))) return true;
  }
  return false;
}

/** Cluster ids per item (same id = same facility), items in text order. */
export function clusterMentions(items: CorefItem[]): number[] {
  const cluster: number[] = [];
  const members: number[][] = [];
  items.forEach((m, i) => {
    let found = m.linkTo >= 0 ? cluster[m.linkTo] : -1;
    for (let j = i - 1; j >= 0 && found < 0; j--) {
      const c = cluster[j];
      if (linked(m, items[j]) && members[c].every((k) => compatible(m, items[k]))) found = c;
    }
    if (found < 0) {
      found = members.length;
      members.push([]);
    }
    members[found].push(i);
    cluster.push(found);
  });
  return cluster;
}

const FILLABLE: Array<keyof MentionFacts> = ['operator', 'location', 'capacityMW', 'gpus', 'investment', 'ordinal', 'name', 'date'];

/** Fills each item's empty facts from the nearest member of its cluster that has them. */
export function shareFacts(items: CorefItem[], cluster: number[]): MentionFacts[] {
  return items.map((m, i) => {
    const facts = { ...m.facts };
    const others = items
      .map((o, j) => ({ o, j }))
      .filter(({ j }) => j !== i && cluster[j] === cluster[i])
      .sort((a, b) => Math.abs(a.j - i) - Math.abs(b.j - i) || a.j - b.j);
    // Phased builds: the card shows the full build-out, the largest figure given for the facility.
    const group = items.filter((_, j) => cluster[j] === cluster[i]);
    const caps = group.flatMap((o) => [...(o.facts.capacityMW !== null ? [o.facts.capacityMW] : []), ...o.extraCapacity]);
    if (caps.length) facts.capacityMW = Math.max(...caps);
    const gpus = group.flatMap((o) => [...(o.facts.gpus !== null ? [o.facts.gpus] : []), ...o.extraGpus]);
    if (gpus.length) facts.gpus = Math.max(...gpus);
    for (const key of FILLABLE) {
      if (facts[key] !== null) continue;
      for (const { o } of others) {
        if (o.facts[key] !== null) {
          (facts as Record<string, unknown>)[key] = o.facts[key];
          break;
        }
      }
    }
    return facts;
  });
}
