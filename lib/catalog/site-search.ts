/**
 * Free-text search for the manager's catalog table: "aws tokyo", "ap-northeast-2", "colossus",
 * "japan". Every site gets one normalised haystack (names, codes, place, country name, operator
 * names) built once per catalog change; a search is then a linear scan of word-prefix tests, a few
 * milliseconds for 10k sites. IndexedDB indexes cannot do this: they match one key by prefix, not
 * every word of a query against several fields.
 */
import { countryByCode } from '../geo/countries';
import type { Operator, Site } from './schema';
import { adminKeys } from './admin-names';
import { byName, textKey } from './text-key';

interface Entry {
  site: Site;
  /** " word word word " — leading/trailing space so " tok" tests a word prefix. */
  hay: string;
  /** Keys of the site's own names and codes, for ranking exact hits first. */
  names: string[];
}

export interface SiteSearchIndex {
  /** Sites matching every word of the query (any order, word prefixes), best match first. */
  search(query: string, among?: (site: Site) => boolean): Site[];
}

export function buildSiteSearchIndex(sites: readonly Site[], operators: readonly Operator[]): SiteSearchIndex {
  const operatorWords = new Map(operators.map((o) => [o.id, [o.name, ...o.aliases].map(textKey).join(' ')]));
  const entries: Entry[] = sites.map((site) => {
    const names = [site.name, ...site.aliases, ...(site.regionCode ? [site.regionCode] : [])].map(textKey);
    const { city, admin, country } = site.place;
    const parts = [
      ...names,
      site.id.replace(/[-_.:]/g, ' '),
      city,
      ...(admin ? adminKeys(admin, country) : []),
      country,
      country ? countryByCode(country)?.name : undefined,
      ...site.operatorIds.map((id) => operatorWords.get(id) ?? id),
    ];
    return { site, names, hay: ` ${parts.filter(Boolean).map((p) => textKey(p!)).join(' ')} ` };
  });

  return {
    search(query, among) {
      const q = textKey(query);
      const words = q.split(' ').filter(Boolean).map((w) => ` ${w}`);
      const hits: Array<{ site: Site; score: number }> = [];
      for (const e of entries) {
        if (among && !among(e.site)) continue;
        if (!words.every((w) => e.hay.includes(w))) continue;
        hits.push({ site: e.site, score: score(e, q) });
      }
      hits.sort((a, b) => b.score - a.score || byName(a.site, b.site));
      return hits.map((h) => h.site);
    },
  };
}

function score(e: Entry, q: string): number {
  if (e.names.includes(q)) return 3;
  if (e.names.some((n) => n.startsWith(q))) return 2;
  if (e.names.some((n) => n.includes(q))) return 1;
  return 0;
}
