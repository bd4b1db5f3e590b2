/**
 * What a person said about this page wins over what the detector guessed: a mention the user
 * saved or linked ("it is one of these") is stored as a sighting of that site with its quote; on
 * the same page, the same words are that site from then on.
 */
import type { CatalogService } from '@/lib/catalog/service';
import type { Mention } from '@/lib/detect/types';

const key = (s: string) => s.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * Whether a link of a person's could change these marks: some mention is new, the page is a web
 * page, and (when the addresses with sightings are known: a woken worker's wake file) a sighting
 * was recorded at this address. When not, the answer needs no database read.
 */
export function mayHaveUserLinks(mentions: readonly Mention[], url: string, linkedUrls?: ReadonlySet<string>): boolean {
  return mentions.some((m) => m.status === 'new') && /^https?:/.test(url) && (!linkedUrls || linkedUrls.has(url));
}

export async function applyUserLinks(mentions: Mention[], url: string, service: CatalogService): Promise<Mention[]> {
  if (!mayHaveUserLinks(mentions, url)) return mentions;
  const sightings = await service.sightingsAtUrl(url);
  const linked = new Map<string, string>();
  for (const s of sightings) if (s.siteId) linked.set(key(s.quote.exact), s.siteId);
  if (linked.size === 0) return mentions;
  const live = new Set((await service.getSites([...new Set(linked.values())])).map((s) => s.id));
  return mentions.map((m) => {
    const siteId = m.status === 'new' ? linked.get(key(m.text)) : undefined;
    return siteId && live.has(siteId) ? { ...m, status: 'known' as const, entityId: siteId, confidence: 1 } : m;
  });
}
